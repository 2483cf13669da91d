// Hostile files, written by hand (test/fixtures/hostile) or generated here when too large to keep:
// each must end in a clear finding with a line (or exit 2), never an exception or a hang. The jest
// timeout bounds the time; the loader's limits (topology/load/limits.ts) bound the memory.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { LIMITS } from "../../topology/load/limits";
import { expectClearRejection, jsonFindings, runCli } from "./cli";

const HOSTILE = path.join(__dirname, "../fixtures/hostile");
const SECONDS = 1000;
let dir: string;

beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "hostile-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const check = (file: string) => runCli(["check", file, "--format", "json"]);

/** What each hand-written file must be rejected for (rule, and words of the message). */
const EXPECTED: Record<string, { rule: string; message: RegExp }> = {
    "alias-bomb.yaml": { rule: "yaml-syntax", message: /alias/i },
    "billion-laughs.yaml": { rule: "yaml-syntax", message: /alias/i },
    "binary-garbage.bin": { rule: "yaml-syntax", message: /binary|UTF-8/ },
    "deep-block.yaml": { rule: "yaml-syntax", message: /deep/ },
    "deep-flow.yaml": { rule: "yaml-syntax", message: /deep/ },
    "duplicate-keys.yaml": { rule: "yaml-syntax", message: /duplicate key 'catalog'/ },
    "empty.yaml": { rule: "schema", message: /empty/ },
    "invalid-utf8.yaml": { rule: "yaml-syntax", message: /UTF-8/ },
    "json-array.yaml": { rule: "schema", message: /list/ },
    "object-as-word.yaml": { rule: "schema", message: /apps\.storefront\.type is a mapping/ },
    "only-comments.yaml": { rule: "schema", message: /empty/ },
    "proto-key.yaml": { rule: "schema", message: /'__proto__' cannot be a key in apis$/ },
    "tabs.yaml": { rule: "yaml-syntax", message: /tab/i },
    "truncated.yaml": { rule: "yaml-syntax", message: /./ },
    "wrong-types.yaml": { rule: "schema", message: /./ },
};

describe.each(Object.entries(EXPECTED))("%s", (name, expected) => {
    it(
        `is rejected by ${expected.rule} with a line`,
        async () => {
            const run = await check(path.join(HOSTILE, name));
            expectClearRejection(run);
            expect(jsonFindings(run)).toEqual(expect.arrayContaining([expect.objectContaining({ rule: expected.rule, message: expect.stringMatching(expected.message) })]));
        },
        20 * SECONDS,
    );
});

it("checks a topology that starts with a byte order mark like one without", async () => {
    const withBom = await check(path.join(HOSTILE, "bom.yaml"));
    const plain = path.join(dir, "no-bom.yaml");
    fs.writeFileSync(plain, fs.readFileSync(path.join(HOSTILE, "bom.yaml"), "utf8").replace(/^\uFEFF/, ""));
    const withoutBom = await check(plain);
    expect(withBom.code).toBe(0);
    expect(jsonFindings(withBom).map((f) => [f.rule, f.line])).toEqual(jsonFindings(withoutBom).map((f) => [f.rule, f.line]));
});

/** Generated files over the limits: each is refused with a finding that names the limit. */
const GENERATED: Array<{ name: string; text: () => string; message: RegExp }> = [
    {
        name: "20 MB of scopes",
        text: () => `version: 1\napis:\n  catalog:\n    identifier: https://catalog.example.com\n    scopes:\n${Array.from({ length: 400_000 }, (_, i) => `      read:thing-${i}: Read thing number ${i} of the catalog\n`).join("")}`,
        message: /more than the 10,485,760 bytes/,
    },
    {
        name: "a huge single line",
        text: () => `version: 1\napis: {catalog: {identifier: "https://catalog.example.com", name: "${"x".repeat(LIMITS.fileBytes)}"}}\n`,
        message: /more than the 10,485,760 bytes/,
    },
    {
        name: "more elements than the limit",
        text: () => `version: 1\napis: {${Array.from({ length: LIMITS.entries + 1 }, (_, i) => `a${i}: 0`).join(", ")}}\n`,
        message: /more than .* entries/,
    },
];

describe.each(GENERATED)("$name", ({ name, text, message }) => {
    it(
        "is refused, naming the limit",
        async () => {
            const file = path.join(dir, `${name.replace(/\W+/g, "-")}.yaml`);
            fs.writeFileSync(file, text());
            const run = await check(file);
            expectClearRejection(run);
            expect(jsonFindings(run).map((f) => f.message)).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
        },
        30 * SECONDS,
    );
});

it("answers a missing file with exit code 2 and one sentence", async () => {
    const run = await check(path.join(dir, "nowhere.yaml"));
    expect(run.code).toBe(2);
    expectClearRejection(run);
});
