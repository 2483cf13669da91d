// The fast reader (js-yaml) against the yaml library, which the loader falls back to: on every
// text it accepts, the values must be the ones yaml reads, yaml must see no error or warning in
// it, and every key, item and value must be placed where yaml's document places it. Checked on every YAML file of the repository, on hand-picked cases, and on random damage
// to them (the characters YAML gives meaning to).
import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import * as yaml from "yaml";
import { generateTopology } from "../../bench/generate";
import { EventLocator } from "../../topology/load/event-locator";
import { fastValues } from "../../topology/load/fast-yaml";
import { loadTopology } from "../../topology/load";
import { DocumentLocator, pathText, type PathSegment } from "../../topology/load/position";
import { fuzzRuns } from "../support/fuzz-runs";

// Counts the loader's calls of the yaml parser (its exports cannot be spied on in place).
jest.mock("yaml", () => {
    const actual = jest.requireActual<typeof import("yaml")>("yaml");
    return { ...actual, parseDocument: jest.fn(actual.parseDocument) };
});

const ROOT = path.join(__dirname, "../..");

/** What the loader reads through yaml: the YAML 1.2 core schema, keys as written. */
function yamlReading(text: string): { data: unknown } | { problems: string[] } {
    const doc = yaml.parseDocument(text, { schema: "core", uniqueKeys: false, logLevel: "silent" });
    const problems = [...doc.errors, ...doc.warnings].map((e) => e.message);
    if (problems.length > 0) return { problems };
    yaml.visit(doc, {
        Pair: (_, pair) => {
            if (yaml.isScalar(pair.key) && typeof pair.key.value !== "string" && typeof pair.key.source === "string") pair.key.value = pair.key.source;
        },
    });
    try {
        return { data: doc.toJS({ maxAliasCount: 100 }) };
    } catch (err) {
        return { problems: [(err as Error).message] };
    }
}

/** The property: what the fast reader accepts, yaml reads alike and without a word. */
function expectAgreement(text: string): "fast" | "declined" {
    const fast = fastValues(text);
    if (fast === undefined) return "declined";
    expect(yamlReading(text)).toEqual({ data: fast.data });
    return "fast";
}

/** Every path of the values: map entries, list items, and the file itself. */
function pathsOf(value: unknown, path: PathSegment[] = []): PathSegment[][] {
    const below = Array.isArray(value)
        ? value.flatMap((item, index) => pathsOf(item, [...path, index]))
        : typeof value === "object" && value !== null
          ? Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...path, key]))
          : [];
    return [path, ...below];
}

/** Where the fast reader's parse places every path, against yaml's document; how many paths were compared. */
function expectSamePlaces(text: string): number {
    const fast = fastValues(text);
    if (fast === undefined) return 0;
    const events = new EventLocator(text, fast.events, "t.yaml");
    const lines = new yaml.LineCounter();
    const doc = yaml.parseDocument(text, { lineCounter: lines, schema: "core", uniqueKeys: false });
    const document = new DocumentLocator(doc, lines, "t.yaml");
    const paths = pathsOf(fast.data);
    for (const at of paths) {
        const where = pathText(at);
        expect([where, events.position(at), events.positionOfText(where)]).toEqual([where, document.position(at), document.positionOfText(where)]);
        expect([where, events.range(at)?.[0]]).toEqual([where, document.range(at)?.[0]]);
    }
    return paths.length;
}

function yamlFiles(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) return entry.name === "node_modules" || entry.name.startsWith(".") || entry.name === "dist" ? [] : yamlFiles(file);
        return /\.ya?ml$/.test(entry.name) ? [file] : [];
    });
}

const FILES = [...yamlFiles(path.join(ROOT, "test")), ...yamlFiles(path.join(ROOT, "examples")), path.join(ROOT, "topology.yaml")];

describe("the fast reader agrees with yaml or declines", () => {
    it("on every YAML file of the repository, and reads the example topologies itself", () => {
        expect(FILES.length).toBeGreaterThan(50);
        const answers = new Map(FILES.map((file) => [path.relative(ROOT, file), expectAgreement(fs.readFileSync(file, "utf8"))]));
        // The point of the reader: an ordinary topology does not need the yaml library to load.
        for (const example of ["topology.yaml", "examples/hospital-imaging.yaml", "examples/third-party-bank.yaml"]) expect(answers.get(example)).toBe("fast");
    });

    it("on a generated topology of 40 APIs", () => {
        expect(expectAgreement(generateTopology(40))).toBe("fast");
    });

    it.each([
        ["a tag", "a: !!float 1\n"],
        ["a custom tag", "a: !secret x\n"],
        ["a directive", "%YAML 1.1\n---\na: yes\n"],
        ["an alias", "a: &x 1\nb: *x\n"],
        ["a duplicate key", "a: 1\na: 2\n"],
        ["a hex key", "0x1F: a\n"],
        ["a null key", "~: a\n"],
        ["an infinite key", ".inf: a\n"],
        ["a number key with a fraction", "1.50: a\n"],
        ["a key over 1,024 characters", `${"k".repeat(1025)}: a\n`],
        ["a list as a key", "[a, b]: c\n"],
        ["two documents", "a: 1\n---\nb: 2\n"],
        ["a syntax error", 'a: "x\n'],
        ["tabs as indentation", "a:\n\t- b\n"],
        ["an empty text", ""],
    ])("declines %s", (_what, text) => {
        expect(fastValues(text)).toBeUndefined();
    });

    it.each([
        ["numbers of every core form", "a: [0o17, 0x1F, 007, +1, -0, 1e3, 1.50, .5, +.inf, -.Inf, .NaN, 1e400, 0b101, 1_000, +.5]\n"],
        ["booleans and nulls", "a: [true, True, TRUE, yes, on, false, ~, null, Null, NULL, '', n]\n"],
        ["quoted numbers stay text", "a: ['1', \"0x1F\", 'true', \"~\"]\n"],
        ["escapes and folding", 'a: "\\u00e9\\t\\x41\\N\\_\\/"\nb: >\n  x\n  y\n\n  z\nc: |-\n  p\n   q\nd: x\n  y\n'],
        ["flow collections", "a: {b: [1, 2, ], c: {d}, e: [f: g]}\n"],
        ["comments and document markers", "---\na: b # c\n# d\nb: '#'\n...\n"],
        ["a byte order mark and CRLF", "\uFEFFa: 1\r\nb: [x, y]\r\n"],
        ["the __proto__ key", "__proto__: 1\na: 2\n"],
        ["explicit keys", "? a\n: b\n? |\n  c\n: d\n"],
        ["an anchor without an alias", "a: &x 1\n"],
        ["the merge key, which YAML 1.2 does not merge", "<<: {a: 1}\n"],
    ])("agrees on %s", (_what, text) => {
        expectAgreement(text);
    });

    it("on random damage to the repository's topologies", () => {
        const texts = FILES.map((file) => fs.readFileSync(file, "utf8")).filter((text) => text.length < 20_000);
        const edit = fc.record({
            at: fc.nat(),
            remove: fc.integer({ min: 0, max: 3 }),
            insert: fc.string({ unit: fc.constantFrom(..." \t\r\n:-#'\"[]{},?&*!|>%@`\\~.0x1eE+\u00e9\u200b"), maxLength: 4 }),
        });
        fc.assert(
            fc.property(fc.constantFrom(...texts), fc.array(edit, { minLength: 1, maxLength: 4 }), (text, edits) => {
                let damaged = text;
                for (const { at, remove, insert } of edits) {
                    const i = at % (damaged.length + 1);
                    damaged = damaged.slice(0, i) + insert + damaged.slice(i + remove);
                }
                if (expectAgreement(damaged) === "fast") expectSamePlaces(damaged);
            }),
            fuzzRuns(400),
        );
    });
});

describe("a file the fast reader reads", () => {
    it("is never parsed by the yaml library, whether its findings are placed or not", () => {
        const parseDocument = jest.mocked(yaml.parseDocument);
        parseDocument.mockClear();
        const text = fs.readFileSync(path.join(ROOT, "examples/hospital-imaging.yaml"), "utf8");
        const vars = { domainSuffix: "example.com", appOrigin: "https://viewer.example.com" };
        expect(loadTopology({ file: "t.yaml", text, vars, positions: false }).model).toBeDefined();
        const placed = loadTopology({ file: "t.yaml", text, vars });
        expect(placed.locate?.("apis")).toEqual({ line: 12, column: 1 });
        expect(parseDocument).not.toHaveBeenCalled();
    });

    it("is placed where the yaml library's document places it: every key, item and value of every file", () => {
        const compared = FILES.map((file) => expectSamePlaces(fs.readFileSync(file, "utf8"))).reduce((a, b) => a + b, 0);
        expect(compared).toBeGreaterThan(1000);
    });
});
