// Reads the topology file as it was at a git ref (`git show REF:./file`), for `diff --base`.
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { UsageError } from "../usage-error";

/** The file's text at `ref`, or undefined when the file did not exist there (a first topology). */
export function readAtRef(file: string, ref: string): string | undefined {
    const absolute = path.resolve(file);
    try {
        return execFileSync("git", ["show", `${ref}:./${path.basename(absolute)}`], {
            cwd: path.dirname(absolute),
            encoding: "utf8",
            stdio: ["ignore", "pipe", "pipe"],
            maxBuffer: 64 * 1024 * 1024,
        });
    } catch (err) {
        const stderr = String((err as { stderr?: unknown }).stderr ?? "");
        if ((err as NodeJS.ErrnoException).code === "ENOENT") throw new UsageError("--base needs git, which is not installed; use --base-file FILE instead");
        if (/not a git repository/i.test(stderr)) throw new UsageError(`--base needs a git repository, and ${path.dirname(absolute)} is not in one; use --base-file FILE instead`);
        if (/does not exist in|exists on disk, but not in/i.test(stderr)) return undefined;
        if (/invalid object name|unknown revision|bad revision|ambiguous argument/i.test(stderr)) {
            throw new UsageError(`git ref '${ref}' was not found; fetch it first (for example: git fetch origin ${ref.replace(/^origin\//, "")}) or pass --base-file FILE`);
        }
        throw new UsageError(`git show ${ref}:${path.basename(absolute)} failed: ${stderr.trim() || String(err)}`);
    }
}
