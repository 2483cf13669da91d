// Reading the topology file as text: a missing file is the caller's mistake (usage error); a file
// that is too large, binary or not UTF-8 is a finding about the file.
import * as fs from "node:fs";
import type { Finding } from "../../policies/src/rule";
import { yamlSyntax } from "../../policies/src/rules/references/loader";
import { UsageError } from "../usage-error";
import { loaderFinding } from "./finding";
import { LIMITS } from "./limits";

const atStart = (file: string) => ({ path: "", file, line: 1, column: 1 });

function tooLarge(file: string, bytes: number): Finding {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return loaderFinding(yamlSyntax.meta.id, atStart(file), `the file has ${mb(bytes)}, more than the ${mb(LIMITS.fileBytes)} a topology may have`, "split the design or remove generated content");
}

function fileSize(file: string): number {
    try {
        const stat = fs.statSync(file);
        if (stat.isDirectory()) throw new UsageError(`${file} is a directory, not a topology file`);
        return stat.size;
    } catch (err) {
        if (err instanceof UsageError) throw err;
        const code = (err as NodeJS.ErrnoException).code;
        if (code === "ENOENT") throw new UsageError(`${file} does not exist; pass the topology file (default: topology.yaml in the current directory)`);
        throw new UsageError(`cannot read ${file}: ${(err as Error).message}`);
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
    const size = fileSize(file);
    if (size > LIMITS.fileBytes) return { finding: tooLarge(file, size) };
    const bytes = fs.readFileSync(file);
    let text: string;
    try {
        text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
        return { finding: loaderFinding(yamlSyntax.meta.id, atStart(file), "the file is not UTF-8 text (is it a binary file?)", "save the topology as UTF-8 text") };
    }
    return givenSource(text, file);
}
