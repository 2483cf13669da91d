// Files as they were at a git revision, for `diff --base`. The user's value reaches git only as a
// revision to verify, after --end-of-options: `--base=--output=DIR` cannot become an option of git.
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { LIMITS } from "../load/limits";
import { bytesText } from "../load/source";
import { UsageError } from "../usage-error";

function git(dir: string, args: readonly string[], maxBuffer = 1024 * 1024): string {
    return execFileSync("git", args, { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer });
}

function gitFailure(err: unknown, dir: string, what: string): UsageError {
    const stderr = String((err as { stderr?: unknown }).stderr ?? "");
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return new UsageError("--base needs git, which is not installed; use --base-file FILE instead");
    if (/not a git repository/i.test(stderr)) return new UsageError(`--base needs a git repository, and ${dir} is not in one; use --base-file FILE instead`);
    return new UsageError(`${what} failed: ${stderr.trim().split("\n")[0] || String(err)}`);
}

/** A commit of the repository at `dir`: the commit id `ref` names (a branch, tag or id). */
export function verifyRevision(dir: string, ref: string): string {
    const shown = JSON.stringify(ref);
    if (ref === "" || ref.startsWith("-")) throw new UsageError(`--base ${shown} is not a git revision; pass a branch, tag or commit such as origin/main`);
    let commit: string;
    try {
        commit = git(dir, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]).trim();
    } catch (err) {
        if ((err as { status?: unknown }).status === 1) {
            throw new UsageError(`git ref ${shown} was not found; fetch it first (for example: git fetch origin ${ref.replace(/^origin\//, "")}) or pass --base-file FILE`);
        }
        throw gitFailure(err, dir, `git rev-parse ${shown}`);
    }
    if (!/^[0-9a-f]{40,64}$/.test(commit)) throw new UsageError(`--base ${shown} is not a git revision`);
    return commit;
}

/**
 * The text of `file` at `commit` (from `verifyRevision`; `ref` is what the user wrote, for
 * messages), or undefined when it did not exist there. Only a regular file within the size limit
 * is read: a symbolic link, a directory or a submodule at the base is a usage error.
 */
export function readAtRevision(commit: string, ref: string, file: string): string | undefined {
    const absolute = path.resolve(file);
    const dir = path.dirname(absolute);
    const name = path.basename(absolute);
    const shown = `${name} at ${JSON.stringify(ref)}`;
    let entry: string;
    try {
        entry = git(dir, ["ls-tree", "-l", "--end-of-options", commit, "--", `./${name}`]).trim();
    } catch (err) {
        throw gitFailure(err, dir, `git ls-tree for ${shown}`);
    }
    if (entry === "") return undefined;
    const [, mode, type, object, size] = /^(\d+) (\w+) ([0-9a-f]+) +(-|\d+)\t/.exec(entry) ?? [];
    if (mode === "120000") throw new UsageError(`${shown} is a symbolic link, not a regular file; the base must be the file itself`);
    if (type !== "blob" || (mode !== "100644" && mode !== "100755")) throw new UsageError(`${shown} is not a regular file (git mode ${mode ?? "unknown"})`);
    if (Number(size) > LIMITS.fileBytes) throw new UsageError(`${shown} has ${bytesText(Number(size))}, more than the ${bytesText(LIMITS.fileBytes)} a file may have`);
    try {
        return git(dir, ["cat-file", "blob", object], LIMITS.fileBytes + 1);
    } catch (err) {
        throw gitFailure(err, dir, `git cat-file for ${shown}`);
    }
}
