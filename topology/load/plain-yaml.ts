// A small YAML file read as plain values (Pulumi.yaml, a stack file's config for a foreign program):
// only a regular file within the topology's limits, parsed without the quadratic duplicate-key
// check of the yaml library's default.
import { parse } from "yaml";
import { UsageError } from "../usage-error";
import { LIMITS } from "./limits";
import { positionIn, separatorExcess } from "./parse";
import { bytesText, readRegularFile } from "./source";

export function readPlainYaml(file: string): unknown {
    const read = readRegularFile(file, LIMITS.fileBytes);
    if ("tooLarge" in read) throw new UsageError(`${file} has ${bytesText(read.tooLarge)}, more than the ${bytesText(LIMITS.fileBytes)} it may have`);
    const text = read.bytes.toString("utf8");
    const excess = separatorExcess(text);
    if (excess !== undefined) {
        const { line, column } = positionIn(text, excess);
        throw new UsageError(`${file}:${line}:${column}: more than ${LIMITS.entries.toLocaleString("en-US")} lines, list items and map entries`);
    }
    try {
        return parse(text, { uniqueKeys: false, maxAliasCount: LIMITS.aliases, logLevel: "error" });
    } catch (err) {
        throw new UsageError(`${file}: ${(err as Error).message.split("\n")[0]}`);
    }
}
