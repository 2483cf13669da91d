// Runs one measurement in a child process and reads its JSON answer; the child's progress and
// errors go straight to this process's stderr.
import { spawn } from "node:child_process";
import * as os from "node:os";
import * as path from "node:path";
import type { Measurement } from "./child";

const CHILD = path.join(__dirname, "child.js");
/**
 * Pulumi keeps every output's promises of a preview alive (about 0.5 MB per auth0.Client), more than
 * Node's default heap holds at tens of thousands of resources: give the child most of the machine.
 */
const HEAP_MB = Math.floor((os.totalmem() / 2 ** 20) * 0.75);

export function runMeasurement<T>(spec: Measurement): Promise<T> {
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, CHILD, JSON.stringify(spec)], { stdio: ["ignore", "pipe", "inherit"] });
        let stdout = "";
        child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
        child.on("error", reject);
        child.on("exit", (code, signal) => {
            if (code === 0) resolve(JSON.parse(stdout) as T);
            else reject(new Error(`the ${spec.kind} measurement failed (${signal ?? `exit code ${code}`})`));
        });
    });
}
