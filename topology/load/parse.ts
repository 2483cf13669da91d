// YAML text -> its values and where they are written, or findings. Never throws for any input.
import { isAlias, isCollection, isMap, isScalar, LineCounter, parseDocument, visit, type Document, type Node, type YAMLMap, type YAMLSeq } from "yaml";
import type { Finding } from "../../policies/src/rule";
import { tenantLimits } from "../../policies/src/rules/limits/tenant-limits";
import { schema, yamlSyntax } from "../../policies/src/rules/references/loader";
import { loaderFinding } from "./finding";
import { COLLECTION_LIMITS, LIMITS, type CollectionLimit } from "./limits";
import { fastValues } from "./fast-yaml";
import { EventLocator } from "./event-locator";
import { DocumentLocator, type Locator, pathText, type PathSegment } from "./position";

export interface ParsedYaml {
    /**
     * The file's values (a mapping; an empty one for an empty file where that is allowed) and where
     * they are written; present when the text is YAML whose top level is a mapping, within the
     * limits. Findings may still hold errors (duplicate keys).
     */
    parsed?: { data: Record<string, unknown>; locator: Locator };
    findings: Finding[];
}

const SYNTAX = yamlSyntax.meta.id;

/**
 * Where unclosed flow brackets first nest deeper than the limit. Checked on the raw text because
 * the parser exhausts memory on very deep flow nesting (block nesting it reports itself). Brackets
 * inside quotes and comments count too: only an absurd file reaches the limit that way.
 */
function flowDepthExcess(text: string): number | undefined {
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        // [ and {, then ] and }
        if (c === 91 || c === 123) {
            if (++depth > LIMITS.depth) return i;
        } else if ((c === 93 || c === 125) && depth > 0) depth--;
    }
    return undefined;
}

/** The yaml library's message without the position and excerpt that prettyErrors appends. */
const firstLine = (message: string) => message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");

/**
 * The parser reports running out of stack (thousands of nested block sequences, `- - - - x`) as a
 * syntax error in the engine's words; say what is wrong with the file instead.
 */
function syntaxMessage(message: string): string {
    const first = firstLine(message);
    return /maximum call stack/i.test(first) ? `the file nests too deep to parse (a topology needs fewer than ${LIMITS.depth} levels)` : first;
}

/** A map or a list of the file's values. */
export type Collection = unknown[] | Record<string, unknown>;

export const isCollectionValue = (value: unknown): value is Collection => typeof value === "object" && value !== null;

/** A collection still to be checked: only collections are walked into. */
interface Visit {
    node: Collection;
    path: PathSegment[];
}

const count = (n: number) => n.toLocaleString("en-US");

const itemCount = (value: unknown) => (Array.isArray(value) ? value.length : isCollectionValue(value) ? Object.keys(value).length : 0);

/** The limits by the depth of their path: the walk asks for every collection of the file. */
const LIMITS_AT_DEPTH = new Map<number, CollectionLimit[]>();
for (const limit of COLLECTION_LIMITS) LIMITS_AT_DEPTH.set(limit.path.length, [...(LIMITS_AT_DEPTH.get(limit.path.length) ?? []), limit]);

function limitMatches(limit: CollectionLimit, path: readonly PathSegment[]): boolean {
    for (let i = 0; i < path.length; i++) {
        const step = limit.path[i];
        if (step === "*" ? typeof path[i] !== "string" : step !== path[i]) return false;
    }
    return true;
}

/** The Auth0 limit a collection at `path` is over, with its count and the keys "*" matched. */
function overCollectionLimit(node: Collection, path: readonly PathSegment[], size: number): { limit: CollectionLimit; count: number; keys: string[] } | undefined {
    for (const limit of LIMITS_AT_DEPTH.get(path.length) ?? []) {
        if (!limitMatches(limit, path)) continue;
        const n = limit.sum === true && !Array.isArray(node) ? Object.values(node).reduce<number>((total, value) => total + itemCount(value), 0) : size;
        if (n > limit.limit) return { limit, count: n, keys: limit.path.flatMap((step, i) => (step === "*" ? [String(path[i])] : [])) };
    }
    return undefined;
}

/**
 * Nesting depth and entry count (beyond them the file is not used at all: `exceeded`), Auth0's
 * limits on collections, and keys JavaScript objects cannot hold, on the file's values. Walked
 * without recursion.
 */
function checkStructure(data: Collection, locator: Locator): { findings: Finding[]; exceeded: boolean } {
    const findings: Finding[] = [];
    let exceeded = false;
    const problem = (path: PathSegment[], message: string, hint: string) => {
        exceeded = true;
        findings.push(loaderFinding(SYNTAX, locator.source(path), message, hint));
    };
    let entries = 0;
    const stack: Visit[] = [{ node: data, path: [] }];
    while (stack.length > 0) {
        const { node, path } = stack.pop()!;
        if (path.length >= LIMITS.depth) {
            problem(path, `${pathText(path)} nests maps and lists more than ${LIMITS.depth} levels deep`, "a topology needs only a few levels; check the indentation");
            continue;
        }
        const keys = Array.isArray(node) ? undefined : Object.keys(node);
        const size = keys === undefined ? (node as unknown[]).length : keys.length;
        entries += size;
        if (entries > LIMITS.entries) {
            problem(path, `the file has more than ${count(LIMITS.entries)} map entries and list items`, "split the design");
            break;
        }
        const over = overCollectionLimit(node, path, size);
        if (over !== undefined) {
            // Auth0 refuses the design: nothing is built from it, so a hostile list costs only its parse.
            const { limit } = over;
            exceeded = true;
            findings.push(loaderFinding(tenantLimits.meta.id, locator.source(path), `${count(over.count)} ${limit.what(over.keys)}, over Auth0's limit of ${count(limit.limit)} ${limit.per}`, `Auth0 refuses more (${limit.source.url}); split the design`));
            continue;
        }
        // Only collections are walked into: scalars have nothing to check here, and a path per scalar is most of the cost.
        if (keys === undefined) {
            (node as unknown[]).forEach((item, index) => {
                if (isCollectionValue(item)) stack.push({ node: item, path: [...path, index] });
            });
            continue;
        }
        for (const name of keys) {
            // JavaScript objects cannot hold this key: zod drops it without a word, so say it here.
            if (name === "__proto__") {
                findings.push(loaderFinding(schema.meta.id, locator.source([...path, name]), `'__proto__' cannot be a key${path.length === 0 ? "" : ` in ${pathText(path)}`}`, "rename it: keys are letters, digits, '-' or '_'"));
            }
            const value = (node as Record<string, unknown>)[name];
            if (isCollectionValue(value)) stack.push({ node: value, path: [...path, name] });
        }
    }
    return { findings, exceeded };
}

/**
 * What only the yaml library's document shows of keys: duplicates (reported; the values are still
 * checked against the schema) and aliases as keys (the file is not used). Keys that resolve to
 * another type are made their text as written, before the document becomes values.
 */
function checkKeys(locator: DocumentLocator): { findings: Finding[]; exceeded: boolean } {
    const findings: Finding[] = [];
    let exceeded = false;
    const stack: Array<{ node: YAMLMap | YAMLSeq; path: PathSegment[] }> = isCollection(locator.doc.contents) ? [{ node: locator.doc.contents, path: [] }] : [];
    while (stack.length > 0) {
        const { node, path } = stack.pop()!;
        if (!isMap(node)) {
            node.items.forEach((item, index) => {
                if (isCollection(item)) stack.push({ node: item, path: [...path, index] });
            });
            continue;
        }
        const seen = new Map<string, Node>();
        for (const { key, value } of node.items) {
            if (isAlias(key)) {
                // `*k :` would stand for whatever the anchor holds, hiding a duplicate key.
                findings.push(loaderFinding(SYNTAX, { path: pathText(path), file: locator.file, ...locator.at(key.range?.[0] ?? 0) }, `an alias (*${key.source}) cannot be a key${path.length === 0 ? "" : ` in ${pathText(path)}`}`, "write the key out"));
                exceeded = true;
                continue;
            }
            if (!isScalar(key)) continue;
            // Keys are names: `0x1F`, `007` and `1e3` stay as written, not 31, 7 and 1000.
            if (typeof key.value !== "string" && typeof key.source === "string") key.value = key.source;
            const name = String(key.value);
            const first = seen.get(name);
            if (first !== undefined) {
                const firstAt = locator.at(first.range?.[0] ?? 0).line;
                const where = path.length === 0 ? "at the top level" : `in ${pathText(path)}`;
                findings.push(
                    loaderFinding(SYNTAX, { path: pathText([...path, name]), file: locator.file, ...locator.at(key.range?.[0] ?? 0) },
                        `duplicate key '${name}' ${where} (first at line ${firstAt})`, "keep one of them: YAML keys must be unique"),
                );
                continue;
            }
            seen.set(name, key);
            if (isCollection(value)) stack.push({ node: value, path: [...path, name] });
        }
    }
    return { findings, exceeded };
}

/** Plain values of the document; aliases expand at most LIMITS.aliases times (billion laughs). */
function valuesOf(locator: DocumentLocator): { data: unknown } | { finding: Finding } {
    try {
        return { data: locator.doc.toJS({ maxAliasCount: LIMITS.aliases }) };
    } catch (err) {
        let offset = 0;
        visit(locator.doc, (_key, node) => {
            if (!isAlias(node)) return undefined;
            offset = node.range?.[0] ?? 0;
            return visit.BREAK;
        });
        const message = `aliases expand too much (${(err as Error).message})`;
        return { finding: loaderFinding(SYNTAX, { path: "", file: locator.file, ...locator.at(offset) }, message, "write the values out instead of nesting aliases") };
    }
}

const SHAPE_HINT = "a topology is a mapping: version: 1, then apis, apps, roles and waivers";

export interface ParseOptions {
    /** "failsafe" keeps every scalar as written text (stack settings); default: YAML 1.2 core. */
    schema?: "core" | "failsafe";
    /** An empty document is a document without entries rather than a finding. */
    allowEmpty?: boolean;
    /** false: findings of rules are not placed at a line and column (see LoadOptions.positions). */
    positions?: boolean;
}

/**
 * Line breaks that are a lone CR (classic Mac OS): YAML reads the whole file as one line and
 * reports a misleading error at every ':' of it.
 */
function crOnlyLineBreak(text: string): number | undefined {
    const index = text.search(/\r(?!\n)/);
    return index < 0 ? undefined : index;
}

/**
 * Where the text holds more line breaks, commas and opening brackets than the entry limit. Every
 * entry needs one of them (its own line, a comma, or the bracket that opens its flow collection),
 * so parsing costs about the same per counted character whatever the style. Checked on the text
 * because the parser needs gigabytes for a 10 MB flow list of 5 million items before the limit
 * could be counted on its result.
 */
export function separatorExcess(text: string, limit: number = LIMITS.entries): number | undefined {
    let separators = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        // , \n [ and { (but not the { of a ${variable})
        if ((c === 44 || c === 10 || c === 91 || (c === 123 && text.charCodeAt(i - 1) !== 36)) && ++separators > limit) return i;
    }
    return undefined;
}

export function positionIn(text: string, offset: number): { line: number; column: number } {
    const before = text.slice(0, offset);
    return { line: before.split("\n").length, column: offset - before.lastIndexOf("\n") };
}

/** The file's values and where they are written, with the findings so far; no locator: the file is not used. */
interface Read {
    data?: unknown;
    locator?: Locator;
    findings: Finding[];
}

/**
 * The file read by the yaml library: its errors and warnings, what only its document shows of keys
 * (checkKeys), then its values.
 */
function readWithYaml(text: string, file: string, schemaName: "core" | "failsafe", placed: boolean): Read {
    const lines = new LineCounter();
    let doc: Document;
    try {
        // Duplicate keys are found by checkKeys: the parser's own check compares every pair of keys
        // in a map, which takes seconds on maps with a few thousand entries. logLevel "error": what
        // the library would print as a process warning (a collection as a key) the schema reports.
        doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: false, logLevel: "error", schema: schemaName });
    } catch (err) {
        return { findings: [loaderFinding(SYNTAX, { path: "", file, line: 1, column: 1 }, `the YAML parser gave up: ${(err as Error).message}`)] };
    }
    const locator = new DocumentLocator(doc, lines, file, placed);
    const at = (pos: { line: number; col: number } | undefined) => ({ path: "", file, line: pos?.line ?? 1, column: pos?.col ?? 1 });
    const findings = [
        ...doc.errors.map((e) =>
            e.code === "MULTIPLE_DOCS"
                ? loaderFinding(SYNTAX, at(e.linePos?.[0]), "the file holds more than one YAML document ('---' starts another)", "a topology is one document: remove the '---' line and merge what follows")
                : loaderFinding(SYNTAX, at(e.linePos?.[0]), syntaxMessage(e.message), "fix the YAML syntax at this position"),
        ),
        ...doc.warnings.map((w) => loaderFinding(SYNTAX, at(w.linePos?.[0]), firstLine(w.message), undefined, "warning")),
    ];
    if (doc.errors.length > 0) return { findings };
    if (isMap(doc.contents)) {
        const keys = checkKeys(locator);
        findings.push(...keys.findings);
        if (keys.exceeded) return { findings };
    }
    const values = valuesOf(locator);
    if ("finding" in values) return { findings: [...findings, values.finding] };
    return { data: values.data, locator, findings };
}

export function parseYaml(text: string, file: string, options: ParseOptions = {}): ParsedYaml {
    const many = separatorExcess(text);
    if (many !== undefined) {
        const message = `the file has more than ${count(LIMITS.entries)} list items, map entries or lines`;
        return { findings: [loaderFinding(SYNTAX, { path: "", file, ...positionIn(text, many) }, message, "split the design; a topology needs far fewer")] };
    }
    const cr = crOnlyLineBreak(text);
    if (cr !== undefined) {
        return { findings: [loaderFinding(SYNTAX, { path: "", file, ...positionIn(text, cr) }, "the file breaks lines with a lone carriage return (CR), which YAML does not read as a line break", "save the file with LF (or CRLF) line endings")] };
    }
    const excess = flowDepthExcess(text);
    if (excess !== undefined) {
        const message = `brackets nest more than ${LIMITS.depth} levels deep`;
        return { findings: [loaderFinding(SYNTAX, { path: "", file, ...positionIn(text, excess) }, message, "close the brackets; a topology needs only a few levels")] };
    }
    const schemaName = options.schema ?? "core";
    const placed = options.positions !== false;
    const fast = schemaName === "core" ? fastValues(text) : undefined;
    const read: Read = fast === undefined ? readWithYaml(text, file, schemaName, placed) : { data: fast.data, locator: new EventLocator(text, fast.events, file, placed), findings: [] };
    const { data, locator, findings } = read;
    if (locator === undefined) return { findings };

    if (data === null || data === undefined) {
        if (options.allowEmpty === true) return { parsed: { data: {}, locator }, findings };
        return { findings: [...findings, loaderFinding(schema.meta.id, { path: "", file, line: 1, column: 1 }, "the file is empty", SHAPE_HINT)] };
    }
    if (!isCollectionValue(data) || Array.isArray(data)) {
        const what = Array.isArray(data) ? "a list" : "a single value";
        return { findings: [...findings, loaderFinding(schema.meta.id, locator.source([]), `the file holds ${what}, not a mapping`, SHAPE_HINT)] };
    }
    const structure = checkStructure(data, locator);
    findings.push(...structure.findings);
    return structure.exceeded ? { findings } : { parsed: { data, locator }, findings };
}
