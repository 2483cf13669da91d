// Where the project's policy pack lives, from wherever this module runs (sources or dist/).
import * as fs from "node:fs";
import * as path from "node:path";

export function projectPackDir(from: string = __dirname): string {
    for (let dir = from; ; dir = path.dirname(dir)) {
        const candidate = path.join(dir, "policies");
        if (fs.existsSync(path.join(candidate, "PulumiPolicy.yaml"))) return candidate;
        if (path.dirname(dir) === dir) throw new Error(`no policies/PulumiPolicy.yaml above ${from}`);
    }
}
