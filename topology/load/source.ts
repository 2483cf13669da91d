// Reading the topology file as text: a missing file is the caller's mistake (usage error); a file
// that is too large, binary or not UTF-8 is a finding about the file.
import * as fs from "node:fs";
import * as path from "node:path";
import type { Finding } from "../../policies/src/rule";
import { yamlSyntax } from "../../policies/src/rules/references/loader";
import { UsageError } from "../usage-error";
import { loaderFinding } from "./finding";
import { LIMITS } from "./limits";

const atStart = (file: string) => ({ path: "", file, line: 1, column: 1 });

/** Exact byte counts: rounded megabytes made a file one byte over the limit read "10.0 MB, more than 10.0 MB". */
export const bytesText = (n: number) => `${n.toLocaleString("en-US")} bytes`;

function tooLarge(file: string, bytes: number): Finding {
    return loaderFinding(yamlSyntax.meta.id, atStart(file), `the file has ${bytesText(bytes)}, more than the ${bytesText(LIMITS.fileBytes)} (10 MiB) a topology may have`, "split the design or remove generated content");
}

function statOf(file: string, lstat: boolean): fs.Stats {
    try {
        return lstat ? fs.lstatSync(file) : fs.statSync(file);
    } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === "ENOENT") throw new UsageError(`${file} does not exist`);
        throw new UsageError(`cannot read ${file}: ${(err as Error).message}`);
    }
}

/**
 * The file's bytes, or its size when that is over `limit`. Only a regular file is read: a
 * directory, a device (/dev/zero never ends) or a pipe is a usage error, and so is a symbolic
 * link that leads out of its own directory (a link committed to a repository must not make CI
 * read, and print parts of, files elsewhere on the runner).
 */
export function readRegularFile(file: string, limit: number): { bytes: Buffer } | { tooLarge: number } {
    const link = statOf(file, true).isSymbolicLink();
    const stat = statOf(file, false);
    if (link) {
        const target = fs.realpathSync.native(file);
        const home = fs.realpathSync.native(path.dirname(path.resolve(file)));
        if (path.relative(home, target).startsWith("..")) throw new UsageError(`${file} is a symbolic link to ${target}, outside its directory; use the file itself`);
    }
    if (stat.isDirectory()) throw new UsageError(`${file} is a directory, not a file`);
    if (!stat.isFile()) throw new UsageError(`${file} is not a regular file (a device, pipe or socket)`);
    if (stat.size > limit) return { tooLarge: stat.size };
    const fd = fs.openSync(file, "r");
    try {
        // One byte over the limit tells a file that grew since stat from one that fits.
        const buffer = Buffer.alloc(limit + 1);
        let length = 0;
        for (let n = -1; n !== 0 && length < buffer.length; length += n) n = fs.readSync(fd, buffer, length, buffer.length - length, null);
        return length > limit ? { tooLarge: length } : { bytes: buffer.subarray(0, length) };
    } finally {
        fs.closeSync(fd);
    }
}

export type SourceText = { text: string } | { finding: Finding };

/** Text that is a plausible YAML source, or the finding that says why not. */
function checkText(text: string, file: string): Finding | undefined {
    const bytes = Buffer.byteLength(text, "utf8");
    if (bytes > LIMITS.fileBytes) return tooLarge(file, bytes);
    const nul = text.indexOf("\0");
    if (nul >= 0) {
        const line = text.slice(0, nul).split("\n").length;
        return loaderFinding(yamlSyntax.meta.id, { path: "", file, line, column: 1 }, "the file is binary (it contains NUL bytes), not YAML text", "pass the topology YAML file");
    }
    return undefined;
}

/** Text given in place of the file's, or the finding that stops loading it. */
export function givenSource(text: string, file: string): SourceText {
    const finding = checkText(text, file);
    return finding === undefined ? { text } : { finding };
}

/** The file's text, or the finding that stops loading it. */
export function readSource(file: string): SourceText {
    let read: ReturnType<typeof readRegularFile>;
    try {
        read = readRegularFile(file, LIMITS.fileBytes);
    } catch (err) {
        if (err instanceof UsageError && / does not exist$/.test(err.message)) {
            throw new UsageError(`${err.message}; pass the topology file (default: topology.yaml in the current directory)`);
        }
        throw err;
    }
    if ("tooLarge" in read) return { finding: tooLarge(file, read.tooLarge) };
    let text: string;
    try {
        text = new TextDecoder("utf-8", { fatal: true }).decode(read.bytes);
    } catch {
        return { finding: loaderFinding(yamlSyntax.meta.id, atStart(file), "the file is not UTF-8 text (is it a binary file?)", "save the topology as UTF-8 text") };
    }
    return givenSource(text, file);
}
