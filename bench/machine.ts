// The machine a run came from, so a results table can be read (and reproduced) in context.
import * as fs from "node:fs";
import * as os from "node:os";

export interface Machine {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    node: string;
    platform: string;
}

function cpuModel(): string {
    try {
        const line = fs.readFileSync("/proc/cpuinfo", "utf8").split("\n").find((l) => l.startsWith("model name"));
        if (line !== undefined) return line.slice(line.indexOf(":") + 1).trim();
    } catch {
        // Not Linux: fall through to what Node reports.
    }
    return os.cpus()[0]?.model ?? "unknown";
}

export function machine(): Machine {
    return {
        cpus: os.availableParallelism(),
        cpuModel: cpuModel(),
        memoryGb: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        platform: `${os.type()} ${os.release()} ${os.arch()}`,
    };
}
