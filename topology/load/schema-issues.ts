// Zod issues -> findings that read like advice, placed at the YAML node they are about.
import type { core } from "zod";
import type { Finding } from "../../policies/src/rule";
import { schema } from "../../policies/src/rules/references/loader";
import { didYouMean } from "../../policies/src/suggest";
import { TopologySchema } from "../schema";
import { loaderFinding } from "./finding";
import { pathText, type Locator, type PathSegment } from "./position";

type Issue = core.$ZodIssue;

interface SchemaDef {
    type: string;
    shape?: Record<string, { _zod: { def: SchemaDef } }>;
    innerType?: { _zod: { def: SchemaDef } };
    valueType?: { _zod: { def: SchemaDef } };
    element?: { _zod: { def: SchemaDef } };
}

/** The keys the schema allows in the object at `path` (for "did you mean"). */
function allowedKeys(path: readonly PathSegment[]): string[] {
    let def = (TopologySchema as unknown as { _zod: { def: SchemaDef } })._zod.def;
    const unwrap = () => {
        while (def.innerType !== undefined) def = def.innerType._zod.def;
    };
    for (const segment of path) {
        unwrap();
        const next = def.type === "object" ? def.shape?.[String(segment)] : (def.valueType ?? def.element);
        if (next === undefined) return [];
        def = next._zod.def;
    }
    unwrap();
    return Object.keys(def.shape ?? {});
}

const where = (path: readonly PathSegment[]) => (path.length === 0 ? "the top level" : pathText(path));

const EXPECTED: Record<string, string> = {
    string: "text",
    number: "a number",
    int: "a whole number",
    boolean: "true or false",
    object: "a mapping",
    record: "a mapping",
    array: "a list",
};

function describe(input: unknown): string {
    if (input === null) return "nothing (an empty value)";
    if (input instanceof Set) return "a set (!!set)";
    if (input instanceof Uint8Array) return "binary data (!!binary)";
    if (input instanceof Date) return "a timestamp";
    if (input instanceof Map) return "a mapping with keys that are not text (!!map with complex keys)";
    if (Array.isArray(input)) return "a list";
    if (typeof input === "object") return "a mapping";
    if (typeof input === "string") return `'${input}'`;
    return String(input);
}

interface Advice {
    path: PathSegment[];
    message: string;
    hint?: string;
}

function missing(path: PathSegment[], hint?: string): Advice {
    const key = String(path[path.length - 1]);
    return { path, message: `${where(path.slice(0, -1))} is missing the required key '${key}'`, hint };
}

function advise(issue: Issue): Advice[] {
    const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
    const input = (issue as { input?: unknown }).input;
    switch (issue.code) {
        case "unrecognized_keys": {
            const allowed = allowedKeys(path);
            return issue.keys.map((key) => ({
                path: [...path, key],
                message: `unknown key '${key}' in ${where(path)}${didYouMean(key, allowed)}`,
                hint: `allowed keys: ${allowed.join(", ")}`,
            }));
        }
        case "invalid_key": {
            const reason = issue.issues[0]?.message ?? issue.message;
            return [{ path, message: `invalid key '${String(path[path.length - 1])}' in ${where(path.slice(0, -1))}: ${reason}` }];
        }
        case "invalid_value": {
            const allowed = issue.values.map(String);
            if (input === undefined) return [missing(path, `add ${String(path[path.length - 1])}: ${allowed.join(" | ")}`)];
            if (allowed.length === 1) return [{ path, message: `${pathText(path)} must be ${allowed[0]}, found ${describe(input)}` }];
            const suggestion = typeof input === "string" ? didYouMean(input, allowed) : "";
            return [{ path, message: `${pathText(path)} is ${describe(input)}${suggestion}; allowed values: ${allowed.join(", ")}` }];
        }
        case "invalid_type":
            if (input === undefined) return [missing(path)];
            return [{ path, message: `${where(path)} must be ${EXPECTED[issue.expected] ?? issue.expected}, found ${describe(input)}` }];
        case "too_small":
            if (issue.origin === "string") return [{ path, message: `${pathText(path)} must not be empty` }];
            return [{ path, message: `${pathText(path)} must be ${issue.inclusive ? "at least" : "more than"} ${String(issue.minimum)}, found ${describe(input)}` }];
        default:
            return [{ path, message: `${where(path)}: ${issue.message}` }];
    }
}

export function schemaFindings(issues: readonly Issue[], locator: Locator): Finding[] {
    return issues.flatMap(advise).map((a) => loaderFinding(schema.meta.id, locator.source(a.path), a.message, a.hint));
}
