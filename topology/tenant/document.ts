// A source file as a YAML document (JSON is read the same way: it is YAML 1.2), so every object
// the readers take from it keeps its line and column, and bad input is reported where it is.
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import type { z } from "zod";
import { LIMITS } from "../load/limits";
import { positionIn, separatorExcess } from "../load/parse";
import { bytesText, readRegularFile } from "../load/source";
import { UsageError } from "../usage-error";
import type { Origin, Read } from "./shape";

/** Bad input in a tenant source: where, what, and what to do. */
export class SourceError extends Error {
    override name = "SourceError";
}

export interface SourceDocument {
    file: string;
    doc: Document;
    origin(node: Node | null | undefined): Origin;
}

/**
 * Bounds on one export file, as on a topology file: read and parsed within seconds and a few
 * hundred MB. A deploy-cli export of 3,000 applications is about 4 MB of JSON.
 */
export const EXPORT_LIMITS = { bytes: LIMITS.fileBytes, entries: 500_000 } as const;

/** The file's text; only a regular file within EXPORT_LIMITS is read (a device such as /dev/zero never ends). */
export function readText(file: string): string {
    let read: ReturnType<typeof readRegularFile>;
    try {
        read = readRegularFile(file, EXPORT_LIMITS.bytes);
    } catch (err) {
        if (err instanceof UsageError) throw new SourceError(`${err.message}; give a tenant export file`);
        throw new SourceError(`${file}: cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); check the path`);
    }
    if ("tooLarge" in read) throw new SourceError(`${file}: has ${bytesText(read.tooLarge)}, more than the ${bytesText(EXPORT_LIMITS.bytes)} a tenant export file may have; export the tenant in parts`);
    const text = read.bytes.toString("utf8");
    const excess = separatorExcess(text, EXPORT_LIMITS.entries);
    if (excess !== undefined) {
        const { line, column } = positionIn(text, excess);
        throw new SourceError(`${file}:${line}:${column}: more than ${EXPORT_LIMITS.entries.toLocaleString("en-US")} lines, list items and map entries; export the tenant in parts`);
    }
    return text;
}

export function parseSource(file: string, text: string): SourceDocument {
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
    const origin = (node: Node | null | undefined): Origin => {
        const offset = node?.range?.[0];
        if (offset === undefined) return { file };
        const { line, col } = lines.linePos(offset);
        return { file, line, column: col };
    };
    const error = doc.errors[0];
    if (error !== undefined) {
        const { line, col } = lines.linePos(error.pos[0]);
        throw new SourceError(`${file}:${line}:${col}: not valid YAML/JSON: ${error.message.split("\n")[0]}; fix the file or export it again`);
    }
    return { file, doc, origin };
}

/** The node a path of keys and indexes leads to, or the deepest one on the way. */
function nodeAt(root: Node | null, path: readonly PropertyKey[]): Node | null {
    let node: Node | null = root;
    for (const segment of path) {
        let next: unknown;
        if (isMap(node)) next = node.get(String(segment), true);
        else if (isSeq(node) && typeof segment === "number") next = node.items[segment];
        if (next === undefined || next === null) return node;
        node = next as Node;
    }
    return node;
}

function validated<T>(schema: z.ZodType<T>, node: Node | null, source: SourceDocument, what: string): Read<T> {
    const parsed = schema.safeParse(node === null ? null : node.toJSON());
    if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const at = source.origin(nodeAt(node, issue.path));
        const field = issue.path.length === 0 ? what : `${what}, field ${issue.path.join(".")}`;
        throw new SourceError(`${at.file}:${at.line ?? 1}:${at.column ?? 1}: ${field}: ${issue.message}; correct it or export the tenant again`);
    }
    return { value: parsed.data, at: source.origin(node) };
}

/** The whole document as one object (a deploy-cli directory file). */
export function readObject<T>(source: SourceDocument, schema: z.ZodType<T>, what: string): Read<T> {
    return validated(schema, source.doc.contents as Node | null, source, what);
}

/**
 * The objects of a list at `key` of the document (a missing key is an empty list); `key` undefined
 * reads the document itself as the list (a bare JSON array).
 */
export function readList<T>(source: SourceDocument, key: string | undefined, schema: z.ZodType<T>, what: string): Read<T>[] {
    const root = source.doc.contents as Node | null;
    const list = key === undefined ? root : isMap(root) ? (root.get(key, true) as Node | undefined) ?? null : null;
    if (list === null || (isMap(root) && key !== undefined && !root.has(key))) return [];
    if (!isSeq(list)) {
        const at = source.origin(list);
        throw new SourceError(`${at.file}:${at.line ?? 1}:${at.column ?? 1}: ${key ?? "the file"} must be a list of ${what} objects`);
    }
    return list.items.map((item, index) => validated(schema, item as Node, source, `${what} #${index + 1}`));
}
