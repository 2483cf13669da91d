// The loader on bad input: every problem is a finding with a position, never an exception.
import { loadTopology } from "../../topology/load";
import { LIMITS } from "../../topology/load/limits";

const FILE = "topology.yaml";
const load = (text: string) => loadTopology({ file: FILE, text });
/** rule, line:column and message of each finding, for compact expectations. */
const brief = (text: string) => load(text).findings.map((f) => ({ rule: f.rule, at: `${f.line}:${f.column}`, path: f.path, message: f.message }));

describe("YAML syntax", () => {
    it("reports a syntax error at its position and produces no model", () => {
        const result = load("version: 1\napps: [storefront\n  admin: {type: web\n");
        expect(result.model).toBeUndefined();
        expect(result.findings.length).toBeGreaterThan(0);
        expect(result.findings.every((f) => f.rule === "yaml-syntax" && f.file === FILE && f.line! >= 2)).toBe(true);
    });

    it("reports a duplicate key where it is repeated, naming the first line, and builds no model", () => {
        const text = "version: 1\napps:\n  storefront:\n    type: spa\n  storefront:\n    type: web\n";
        const result = load(text);
        expect(result.model).toBeUndefined();
        expect(brief(text)).toEqual([
            { rule: "yaml-syntax", at: "5:3", path: "apps.storefront", message: "duplicate key 'storefront' in apps (first at line 3)" },
        ]);
    });

    it("still reports schema problems beside duplicate keys", () => {
        const rules = brief("version: 1\nversion: 1\napps:\n  storefront:\n    typ: spa\n").map((f) => f.rule);
        expect(rules).toEqual(["yaml-syntax", "schema", "schema"]);
    });

    it("reports a collection used as a key as a finding, without a process warning", () => {
        const warn = jest.spyOn(process, "emitWarning").mockImplementation(() => undefined);
        try {
            expect(brief("version: 1\napis:\n  ? [a, b]\n  : identifier: x\n").map((f) => f.rule)).toEqual(["schema"]);
            expect(warn).not.toHaveBeenCalled();
        } finally {
            warn.mockRestore();
        }
    });

    it("rejects machineAccess on an m2m app, which calls as itself through access", () => {
        const text = "version: 1\napis:\n  a:\n    identifier: https://a.example.com\n    scopes: { r: read }\napps:\n  job:\n    type: m2m\n    machineAccess:\n      a: [r]\n";
        expect(brief(text)).toEqual([
            { rule: "schema", at: "9:5", path: "apps.job.machineAccess", message: expect.stringContaining("through `access`") },
        ]);
    });

    it.each([
        ["an empty file", "", "the file is empty"],
        ["only comments", "# nothing yet\n", "the file is empty"],
        ["a list", "- storefront\n- admin\n", "the file holds a list, not a mapping"],
        ["a scalar", "hello\n", "the file holds a single value, not a mapping"],
    ])("explains %s", (_name, text, message) => {
        expect(brief(text)).toEqual([{ rule: "schema", at: "1:1", path: "", message }]);
    });

    it("refuses binary content", () => {
        expect(brief("version: 1\n\0\x01\x02")).toEqual([
            { rule: "yaml-syntax", at: "2:1", path: "", message: "the file is binary (it contains NUL bytes), not YAML text" },
        ]);
    });

    it("reports a second document", () => {
        expect(brief("version: 1\n---\nversion: 1\n").map((f) => [f.rule, f.at])).toEqual([["yaml-syntax", "2:1"]]);
    });
});

describe("limits", () => {
    it("bounds alias expansion (billion laughs)", () => {
        const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
        for (let i = 1; i < 8; i++) levels.push(`l${i}: &l${i} [${Array(10).fill(i === 1 ? "*a" : `*l${i - 1}`).join(", ")}]`);
        const result = load(`version: 1\n${levels.join("\n")}\n`);
        expect(result.model).toBeUndefined();
        expect(result.findings).toEqual([expect.objectContaining({ rule: "yaml-syntax", message: expect.stringMatching(/^aliases expand too much/), line: 3 })]);
    });

    it("accepts a few aliases", () => {
        const text = "version: 1\napis:\n  a: {identifier: https://a, scopes: &s {read:x: r}}\n  b: {identifier: https://b, scopes: *s}\n";
        expect(load(text).topology?.apis.b.scopes).toEqual({ "read:x": "r" });
    });

    it("stops deep flow nesting before parsing, at the bracket that goes too deep", () => {
        const deep = "[".repeat(100_000);
        expect(brief(`version: 1\nx: ${deep}`)).toEqual([
            { rule: "yaml-syntax", at: `2:${4 + LIMITS.depth}`, path: "", message: `brackets nest more than ${LIMITS.depth} levels deep` },
        ]);
    });

    it("stops deep block nesting", () => {
        const text = Array.from({ length: LIMITS.depth + 2 }, (_, i) => `${"  ".repeat(i)}k${i}:`).join("\n") + " x\n";
        const findings = load(text).findings;
        expect(findings).toEqual([expect.objectContaining({ rule: "yaml-syntax", message: expect.stringContaining(`more than ${LIMITS.depth} levels deep`) })]);
        expect(findings[0].line).toBe(LIMITS.depth);
    });

    it("refuses a file over the size limit with a clear finding", () => {
        const text = `version: 1\n# ${"x".repeat(LIMITS.fileBytes)}\n`;
        expect(brief(text)).toEqual([{ rule: "yaml-syntax", at: "1:1", path: "", message: `the file has ${(LIMITS.fileBytes + 14).toLocaleString("en-US")} bytes, more than the 10,485,760 bytes (10 MiB) a topology may have` }]);
    });
});

describe("schema", () => {
    it("names an unknown key with the closest allowed one, at the key", () => {
        const text = "version: 1\napps:\n  storefront:\n    type: spa\n    calback: []\n";
        const [finding] = load(text).findings;
        expect(finding).toMatchObject({
            rule: "schema",
            path: "apps.storefront.calback",
            line: 5,
            column: 5,
            message: "unknown key 'calback' in apps.storefront (did you mean 'callbacks'?)",
        });
        expect(finding.hint).toContain("callbacks, logoutUrls");
    });

    it("lists the allowed values of an enum, with a suggestion", () => {
        expect(brief("version: 1\napps:\n  shop:\n    type: sap\n")).toEqual([
            { rule: "schema", at: "4:5", path: "apps.shop.type", message: "apps.shop.type is 'sap' (did you mean 'spa'?); allowed values: spa, native, web, m2m" },
        ]);
    });

    it("reports a missing required key at its parent, and a wrong version", () => {
        expect(brief("version: 2\napps:\n  shop:\n    name: Shop\n")).toEqual([
            { rule: "schema", at: "1:1", path: "version", message: "version must be 1, found 2" },
            { rule: "schema", at: "3:3", path: "apps.shop.type", message: "apps.shop is missing the required key 'type'" },
        ]);
    });

    it("explains wrong types and invalid keys in words", () => {
        const text = "version: 1\napis:\n  bad key!: {identifier: x}\n  ok:\n    identifier: [a]\n    tokenLifetime: 1.5\n";
        expect(brief(text).map((f) => f.message)).toEqual([
            "invalid key 'bad key!' in apis: API keys are 1-64 letters, digits, '-' or '_', starting with a letter or digit",
            "apis.ok.identifier must be text, found a list",
            "apis.ok.tokenLifetime must be a whole number, found 1.5",
        ]);
    });

    it("reports an unknown top-level key", () => {
        expect(brief("version: 1\nwaiver: []\n")[0].message).toBe("unknown key 'waiver' in the top level (did you mean 'waivers'?)");
    });
});
