// Code scanning and workflow annotations match files against the checkout: repository-relative,
// '/'-separated paths (the commands run from the repository root).
import * as path from "node:path";

export function repoPath(file: string): string {
    return path.relative(process.cwd(), file).split(path.sep).join("/");
}
