// Property-based tests of the loader and `check`: valid topologies with random damage, and hostile
// YAML text. Whatever the input, the answer is findings that each carry a line, never an exception.
import fc from "fast-check";
import { stringify } from "yaml";
import { benchTopology } from "../../bench/generate";
import { checkTopology } from "../../topology/check";
import { fuzzRuns } from "../support/fuzz-runs";

const FILE = "/fuzz/topology.yaml";

function expectLocatedFindings(text: string): void {
    const { findings } = checkTopology({ file: FILE, text });
    for (const finding of findings) {
        expect(finding).toEqual(expect.objectContaining({ file: FILE, line: expect.any(Number), message: expect.any(String) }));
        expect(finding.line).toBeGreaterThanOrEqual(1);
    }
}

type Json = unknown;

/** A path into a JSON value, chosen by numbers (each picks a member or an item, modulo its size). */
function at(value: Json, choices: readonly number[]): { parent: Record<string, Json> | Json[]; key: string | number } | undefined {
    let parent: Json = value;
    let found: { parent: Record<string, Json> | Json[]; key: string | number } | undefined;
    for (const choice of choices) {
        if (Array.isArray(parent) && parent.length > 0) {
            found = { parent, key: choice % parent.length };
        } else if (typeof parent === "object" && parent !== null && Object.keys(parent).length > 0) {
            const keys = Object.keys(parent);
            found = { parent: parent as Record<string, Json>, key: keys[choice % keys.length]! };
        } else {
            break;
        }
        parent = (found.parent as Record<string | number, Json>)[found.key];
    }
    return found;
}

const damage = fc.oneof(
    fc.record({ kind: fc.constant("replace" as const), value: fc.jsonValue({ maxDepth: 2 }) }),
    fc.record({ kind: fc.constant("delete" as const) }),
    fc.record({ kind: fc.constant("add" as const), key: fc.string({ maxLength: 10 }), value: fc.jsonValue({ maxDepth: 1 }) }),
);

/** A small coherent topology with a few random replacements, deletions and unknown keys. */
const damagedTopology = fc.array(fc.record({ path: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), damage }), { minLength: 1, maxLength: 4 }).map((edits) => {
    const topology = benchTopology(6) as Json;
    for (const { path, damage: d } of edits) {
        const target = at(topology, path);
        if (target === undefined) continue;
        const { parent, key } = target;
        if (d.kind === "replace") (parent as Record<string | number, Json>)[key] = d.value;
        else if (d.kind === "delete" && !Array.isArray(parent)) delete (parent as Record<string, Json>)[key];
        else if (d.kind === "add" && !Array.isArray(parent)) (parent as Record<string, Json>)[d.key] = d.value;
    }
    return stringify(topology);
});

it("answers any damaged topology with located findings", () => {
    fc.assert(fc.property(damagedTopology, expectLocatedFindings), fuzzRuns(150));
});

/** Fragments of YAML syntax, valid and not, including the constructs parsers trip over. */
const FRAGMENTS = [
    "version: 1\n", "apis:\n", "apps:\n", "roles:\n", "waivers:\n", "  ", "    ", "\t", "\n", "- ", ": ", "? ", "&a ", "*a", "&b ", "*b", "<<: *a\n",
    "{", "}", "[", "]", ", ", "'", '"', "#", "---\n", "...\n", "!!binary ", "!!map ", "!custom ", "|\n", ">-\n", "%YAML 1.2\n", "%TAG ! !x\n",
    "catalog", "identifier: https://catalog.example.com\n", "scopes:", "read:x: Read\n", "type: spa\n", "access:", "${x}", "\u0000", "\uFEFF", "\r\n",
    "é", "\uD800", "0x1F", "1e999", "-.inf", "null", "~", "true", "=",
];

const hostileYaml = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join(""));

it("answers hostile YAML text with located findings", () => {
    fc.assert(fc.property(hostileYaml, expectLocatedFindings), fuzzRuns(400));
});

/** Valid topology text with characters deleted, inserted or replaced at random places. */
const mangledText = fc
    .array(fc.record({ at: fc.nat(), cut: fc.nat({ max: 20 }), insert: fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom(...FRAGMENTS)) }), { minLength: 1, maxLength: 5 })
    .map((edits) => edits.reduce((text, { at: offset, cut, insert }) => {
        const i = offset % (text.length + 1);
        return text.slice(0, i) + insert + text.slice(i + cut);
    }, stringify(benchTopology(4))));

it("answers mangled topology text with located findings", () => {
    fc.assert(fc.property(mangledText, expectLocatedFindings), fuzzRuns(300));
});
