"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseYaml = parseYaml;
// YAML text -> a YAML document with source positions, or findings. Never throws for any input.
const yaml_1 = require("yaml");
const loader_1 = require("../../policies/src/rules/references/loader");
const finding_1 = require("./finding");
const limits_1 = require("./limits");
const position_1 = require("./position");
const SYNTAX = loader_1.yamlSyntax.meta.id;
/**
 * Where unclosed flow brackets first nest deeper than the limit. Checked on the raw text because
 * the parser exhausts memory on very deep flow nesting (block nesting it reports itself). Brackets
 * inside quotes and comments count too: only an absurd file reaches the limit that way.
 */
function flowDepthExcess(text) {
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === "[" || c === "{") {
            if (++depth > limits_1.LIMITS.depth)
                return i;
        }
        else if ((c === "]" || c === "}") && depth > 0)
            depth--;
    }
    return undefined;
}
/** The yaml library's message without the position and excerpt that prettyErrors appends. */
const firstLine = (message) => message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
/**
 * Nesting depth and entry count (beyond them the file is not used at all: `exceeded`), and
 * duplicate keys (reported; the values are still checked against the schema). Walked without
 * recursion.
 */
function checkStructure(locator) {
    const { doc } = locator;
    const findings = [];
    let exceeded = false;
    const problem = (path, message, hint) => {
        exceeded = true;
        findings.push((0, finding_1.loaderFinding)(SYNTAX, locator.source(path), message, hint));
    };
    let entries = 0;
    const stack = doc.contents === null ? [] : [{ node: doc.contents, path: [] }];
    while (stack.length > 0) {
        const { node, path } = stack.pop();
        if (!(0, yaml_1.isCollection)(node))
            continue;
        if (path.length >= limits_1.LIMITS.depth) {
            problem(path, `${(0, position_1.pathText)(path)} nests maps and lists more than ${limits_1.LIMITS.depth} levels deep`, "a topology needs only a few levels; check the indentation");
            continue;
        }
        entries += node.items.length;
        if (entries > limits_1.LIMITS.entries) {
            problem(path, `the file has more than ${limits_1.LIMITS.entries} map entries and list items`, "split the design");
            break;
        }
        const seen = new Map();
        node.items.forEach((item, index) => {
            if (!(0, yaml_1.isMap)(node)) {
                stack.push({ node: item, path: [...path, index] });
                return;
            }
            const { key, value } = item;
            if (!(0, yaml_1.isScalar)(key))
                return;
            const name = String(key.value);
            const first = seen.get(name);
            if (first !== undefined) {
                const firstAt = locator.at(first.range?.[0] ?? 0).line;
                const where = path.length === 0 ? "at the top level" : `in ${(0, position_1.pathText)(path)}`;
                findings.push((0, finding_1.loaderFinding)(SYNTAX, { path: (0, position_1.pathText)([...path, name]), file: locator.file, ...locator.at(key.range?.[0] ?? 0) }, `duplicate key '${name}' ${where} (first at line ${firstAt})`, "keep one of them: YAML keys must be unique"));
                return;
            }
            seen.set(name, key);
            if (value !== null && !(0, yaml_1.isAlias)(value))
                stack.push({ node: value, path: [...path, name] });
        });
    }
    return { findings, exceeded };
}
const SHAPE_HINT = "a topology is a mapping: version: 1, then apis, apps, roles and waivers";
function parseYaml(text, file) {
    const excess = flowDepthExcess(text);
    if (excess !== undefined) {
        const before = text.slice(0, excess);
        const position = { line: before.split("\n").length, column: excess - before.lastIndexOf("\n") };
        const message = `brackets nest more than ${limits_1.LIMITS.depth} levels deep`;
        return { findings: [(0, finding_1.loaderFinding)(SYNTAX, { path: "", file, ...position }, message, "close the brackets; a topology needs only a few levels")] };
    }
    const lines = new yaml_1.LineCounter();
    let doc;
    try {
        // Duplicate keys are found by checkStructure: the parser's own check compares every pair of
        // keys in a map, which takes seconds on maps with a few thousand entries.
        doc = (0, yaml_1.parseDocument)(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: false });
    }
    catch (err) {
        return { findings: [(0, finding_1.loaderFinding)(SYNTAX, { path: "", file, line: 1, column: 1 }, `the YAML parser gave up: ${err.message}`)] };
    }
    const locator = new position_1.Locator(doc, lines, file);
    const at = (pos) => ({ path: "", file, line: pos?.line ?? 1, column: pos?.col ?? 1 });
    const findings = [
        ...doc.errors.map((e) => (0, finding_1.loaderFinding)(SYNTAX, at(e.linePos?.[0]), firstLine(e.message), "fix the YAML syntax at this position")),
        ...doc.warnings.map((w) => (0, finding_1.loaderFinding)(SYNTAX, at(w.linePos?.[0]), firstLine(w.message), undefined, "warning")),
    ];
    if (doc.errors.length > 0)
        return { findings };
    const root = doc.contents;
    if (root === null || ((0, yaml_1.isScalar)(root) && root.value === null)) {
        return { findings: [...findings, (0, finding_1.loaderFinding)(loader_1.schema.meta.id, at(undefined), "the file is empty", SHAPE_HINT)] };
    }
    if (!(0, yaml_1.isMap)(root)) {
        const what = (0, yaml_1.isCollection)(root) ? "a list" : "a single value";
        return { findings: [...findings, (0, finding_1.loaderFinding)(loader_1.schema.meta.id, locator.source([]), `the file holds ${what}, not a mapping`, SHAPE_HINT)] };
    }
    const structure = checkStructure(locator);
    findings.push(...structure.findings);
    return structure.exceeded ? { findings } : { locator, findings };
}
//# sourceMappingURL=parse.js.map