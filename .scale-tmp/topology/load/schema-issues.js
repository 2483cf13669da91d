"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.schemaFindings = schemaFindings;
const loader_1 = require("../../policies/src/rules/references/loader");
const suggest_1 = require("../../policies/src/suggest");
const schema_1 = require("../schema");
const finding_1 = require("./finding");
const position_1 = require("./position");
/** The keys the schema allows in the object at `path` (for "did you mean"). */
function allowedKeys(path) {
    let def = schema_1.TopologySchema._zod.def;
    const unwrap = () => {
        while (def.innerType !== undefined)
            def = def.innerType._zod.def;
    };
    for (const segment of path) {
        unwrap();
        const next = def.type === "object" ? def.shape?.[String(segment)] : (def.valueType ?? def.element);
        if (next === undefined)
            return [];
        def = next._zod.def;
    }
    unwrap();
    return Object.keys(def.shape ?? {});
}
const where = (path) => (path.length === 0 ? "the top level" : (0, position_1.pathText)(path));
const EXPECTED = {
    string: "text",
    number: "a number",
    int: "a whole number",
    boolean: "true or false",
    object: "a mapping",
    record: "a mapping",
    array: "a list",
};
function describe(input) {
    if (input === null)
        return "nothing (an empty value)";
    if (Array.isArray(input))
        return "a list";
    if (typeof input === "object")
        return "a mapping";
    if (typeof input === "string")
        return `'${input}'`;
    return String(input);
}
function missing(path, hint) {
    const key = String(path[path.length - 1]);
    return { path, message: `${where(path.slice(0, -1))} is missing the required key '${key}'`, hint };
}
function advise(issue) {
    const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
    const input = issue.input;
    switch (issue.code) {
        case "unrecognized_keys": {
            const allowed = allowedKeys(path);
            return issue.keys.map((key) => ({
                path: [...path, key],
                message: `unknown key '${key}' in ${where(path)}${(0, suggest_1.didYouMean)(key, allowed)}`,
                hint: `allowed keys: ${allowed.join(", ")}`,
            }));
        }
        case "invalid_key": {
            const reason = issue.issues[0]?.message ?? issue.message;
            return [{ path, message: `invalid key '${String(path[path.length - 1])}' in ${where(path.slice(0, -1))}: ${reason}` }];
        }
        case "invalid_value": {
            const allowed = issue.values.map(String);
            if (input === undefined)
                return [missing(path, `add ${String(path[path.length - 1])}: ${allowed.join(" | ")}`)];
            if (allowed.length === 1)
                return [{ path, message: `${(0, position_1.pathText)(path)} must be ${allowed[0]}, found ${describe(input)}` }];
            return [{ path, message: `${(0, position_1.pathText)(path)} is ${describe(input)}${(0, suggest_1.didYouMean)(String(input), allowed)}; allowed values: ${allowed.join(", ")}` }];
        }
        case "invalid_type":
            if (input === undefined)
                return [missing(path)];
            return [{ path, message: `${where(path)} must be ${EXPECTED[issue.expected] ?? issue.expected}, found ${describe(input)}` }];
        case "too_small":
            if (issue.origin === "string")
                return [{ path, message: `${(0, position_1.pathText)(path)} must not be empty` }];
            return [{ path, message: `${(0, position_1.pathText)(path)} must be ${issue.inclusive ? "at least" : "more than"} ${String(issue.minimum)}, found ${describe(input)}` }];
        default:
            return [{ path, message: `${where(path)}: ${issue.message}` }];
    }
}
function schemaFindings(issues, locator) {
    return issues.flatMap(advise).map((a) => (0, finding_1.loaderFinding)(loader_1.schema.meta.id, locator.source(a.path), a.message, a.hint));
}
//# sourceMappingURL=schema-issues.js.map