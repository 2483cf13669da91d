// Hostile files, written by hand (test/fixtures/hostile) or generated here when too large to keep:
// each must end in a clear finding with a line (or exit 2), never an exception or a hang. The jest
// timeout bounds the time; the loader's limits (topology/load/limits.ts) bound the memory.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ENTITY_LIMIT_POLICY, APPLICATION_SETTINGS } from "../../policies/src/facts/entity-limits";
import { LIMITS } from "../../topology/load/limits";
import { PLAN_ELEMENTS } from "../../topology/plan/run";
import { spawnCli } from "../support/spawn-cli";
import { expectClearRejection, jsonFindings, runCli } from "../support/cli";

const HOSTILE = path.join(__dirname, "../fixtures/hostile");
const SECONDS = 1000;
let dir: string;

beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "hostile-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const times = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join("");
const check = (file: string) => runCli("check", file, "--format", "json");

/** What each hand-written file must be rejected for (rule, and words of the message). */
const EXPECTED: Record<string, { rule: string; message: RegExp }> = {
    "alias-bomb.yaml": { rule: "yaml-syntax", message: /alias/i },
    "alias-key.yaml": { rule: "yaml-syntax", message: /^an alias \(\*k\) cannot be a key in apis$/ },
    "cr-only.yaml": { rule: "yaml-syntax", message: /lone carriage return/ },
    "multi-document.yaml": { rule: "yaml-syntax", message: /^the file holds more than one YAML document/ },
    "set-tag.yaml": { rule: "schema", message: /apis\.catalog\.scopes must be a mapping, found a set \(!!set\)/ },
    "unclosed-variable.yaml": { rule: "undefined-variable", message: /'\$\{domainSuffix' opens a variable reference that is never closed/ },
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

it("keeps keys as written: 0x1F, 007 and 1e3 are names, not numbers", async () => {
    const graph = await runCli("graph", path.join(HOSTILE, "number-keys.yaml"));
    expect(graph.code).toBe(0);
    for (const key of ["0x1F", "007", "1e3"]) expect(graph.stdout).toContain(key);
    expect(graph.stdout).not.toMatch(/\b(31|1000)\b/);
});

it("matches a waiver by path segments: scopes.orders does not reach the scope orders.delete-everything", async () => {
    const findings = jsonFindings(await check(path.join(HOSTILE, "waiver-dotted-scope.yaml"))) as unknown as Array<{ rule: string; path: string; waived?: unknown; line: number | null }>;
    const unused = findings.filter((f) => f.rule === "unused-scope").map((f) => [f.path, f.waived !== undefined, f.line]);
    expect(unused).toEqual([
        ["apis.catalog.scopes.orders", true, 6],
        ['apis.catalog.scopes["orders.delete-everything"]', false, 7],
    ]);
});

it("reports lookalike text where it is written, once: invisible and bidi characters, NFC/NFD twins, mixed-script and whole-script hosts and scopes (errors in production), an IDN host as information", async () => {
    const run = await runCli("check", path.join(HOSTILE, "lookalike-text.yaml"), "--environment", "production", "--format", "json");
    const lookalikes = jsonFindings(run).filter((f) => f.rule === "lookalike-text");
    const kind = /U\+[0-9A-F]{4}|Unicode form|mixes Cyrillic|mixes Greek|wholly in Cyrillic|internationalized name/;
    expect(lookalikes.map((f) => [f.line, f.severity, f.message.match(kind)?.[0]])).toEqual([
        [6, "error", "U+200B"],
        [8, "error", "Unicode form"],
        [9, "error", "mixes Cyrillic"],
        [13, "error", "mixes Cyrillic"],
        [13, "error", "U+202E"],
        [15, "error", "wholly in Cyrillic"],
        [15, "error", "mixes Greek"],
        [15, "info", "internationalized name"],
        [16, "error", "U+0085"],
    ]);
    expect(lookalikes.find((f) => f.line === 13 && /mixes/.test(f.message))?.message).toContain("xn--shp-ted.example.com");
    const development = await runCli("check", path.join(HOSTILE, "lookalike-text.yaml"), "--format", "json");
    const scripts = jsonFindings(development).filter((f) => f.rule === "lookalike-text" && /mixes|wholly/.test(f.message));
    expect(scripts.map((f) => f.severity)).toEqual(["warning", "warning", "warning", "warning"]);
});

it("diff prints a callback moved to a lookalike host with its xn-- form, unlike the real one", async () => {
    const shop = (host: string) => `version: 1\napps:\n  shop:\n    type: spa\n    callbacks: ["https://${host}/callback"]\n    webOrigins: ["https://shop.example.com"]\n`;
    const base = path.join(dir, "diff-base.yaml");
    const head = path.join(dir, "diff-head.yaml");
    fs.writeFileSync(base, shop("shop.example.com"));
    fs.writeFileSync(head, shop("shоp.example.com"));
    const run = await runCli("diff", head, "--base-file", base);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("callbacks: https://shop.example.com/callback → https://shоp.example.com/callback (host xn--shp-ted.example.com)");
});

it("reports cr-only line endings once, not at every colon", async () => {
    const run = await check(path.join(HOSTILE, "cr-only.yaml"));
    expect(jsonFindings(run)).toHaveLength(1);
});

it("reads a stack variable that looks like a number as written", async () => {
    const file = path.join(dir, "numbers.yaml");
    fs.writeFileSync(file, "version: 1\napis:\n  catalog:\n    identifier: https://catalog.example.com/${zip}/${long}\n    scopes: { read: Read }\n");
    fs.writeFileSync(path.join(dir, "Pulumi.numbers.yaml"), "config:\n  auth0-topology:vars:\n    zip: 01234\n    long: 123456789012345678901234567890\n");
    const run = await runCli("config", file, "--stack", "numbers");
    expect(run.stdout).toContain("https://catalog.example.com/01234/123456789012345678901234567890");
});

it("answers a missing file with exit code 2 and one sentence", async () => {
    const run = await check(path.join(dir, "nowhere.yaml"));
    expect(run.code).toBe(2);
    expectClearRejection(run);
});

/**
 * Inputs within the size limit that used to exhaust time or memory, run as a process with a 1 GB
 * heap: a run that needed more would crash instead of answering.
 */
describe("bounded in a 1 GB heap", () => {
    const HEAP_MB = 1024;
    const chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    const randomToken = (length: number) => Array.from({ length }, (_, i) => chars[(i * 7919 + (i >> 3)) % 62]).join("");

    it("refuses a 10 MB flow list of 5 million items with a located finding", async () => {
        const file = path.join(dir, "flow-list.yaml");
        fs.writeFileSync(file, `version: 1\napis: {a: {identifier: "https://a.example.com", scopes: {}, calls: {b: [${Array.from({ length: 5_000_000 }, () => "1").join(",")}]}}}\n`);
        expect(fs.statSync(file).size).toBeLessThanOrEqual(LIMITS.fileBytes);
        const run = await spawnCli(["check", file, "--format", "json"], { heapMb: HEAP_MB });
        expect(run.code).toBe(1);
        expect(JSON.parse(run.stdout).findings).toEqual([expect.objectContaining({ rule: "yaml-syntax", line: 2, message: `the file has more than ${LIMITS.entries.toLocaleString("en-US")} list items, map entries or lines` })]);
    }, 60 * SECONDS);

    it("stops a 1 MB variable used 600 times at the size limit", async () => {
        const file = path.join(dir, "big-variable.yaml");
        // 12 apps of 50 callbacks: within Auth0's 100 per app.
        const callbacks = Array.from({ length: 50 }, (_, i) => `"https://\${big}.example.com/${i}"`).join(", ");
        fs.writeFileSync(file, `version: 1\napps:\n${times(12, (i) => `  shop${i}:\n    type: spa\n    callbacks: [${callbacks}]\n`)}`);
        fs.writeFileSync(path.join(dir, "Pulumi.big.yaml"), `config:\n  auth0-topology:vars:\n    big: ${"x".repeat(1024 * 1024)}\n`);
        const run = await spawnCli(["check", file, "--stack", "big", "--format", "json"], { heapMb: HEAP_MB });
        expect(run.code).toBe(1);
        expect(JSON.parse(run.stdout).findings).toEqual(expect.arrayContaining([expect.objectContaining({ rule: "yaml-syntax", line: 5, message: expect.stringMatching(/with the variables' values the file would have more than/) })]));
    }, 60 * SECONDS);

    it("finds an 8 MB token in a description, and prints no part of it", async () => {
        const token = randomToken(8 * 1024 * 1024);
        const file = path.join(dir, "big-token.yaml");
        fs.writeFileSync(file, `version: 1\nroles:\n  ops:\n    description: "key ${token}"\n`);
        const run = await spawnCli(["check", file, "--format", "json"], { heapMb: HEAP_MB });
        expect(run.code).toBe(1);
        expect(JSON.parse(run.stdout).findings).toEqual(expect.arrayContaining([expect.objectContaining({ rule: "secret-in-topology", line: 4, path: "roles.ops.description" })]));
        expect(run.stdout + run.stderr).not.toContain(token.slice(0, 64));
    }, 60 * SECONDS);
});


/** Collections past an Auth0 limit: refused before anything is built, located at the collection. */
const OVER_AUTH0_LIMITS: Array<{ name: string; text: string; line: number; message: string; source: string }> = [
    {
        name: "1,001 scopes on one API",
        text: `version: 1\napis:\n  p:\n    identifier: https://p.example.com\n    scopes:\n${times(1001, (i) => `      s${i}: x\n`)}`,
        line: 5,
        message: "1,001 scopes on API 'p', over Auth0's limit of 1,000 scopes per API",
        source: ENTITY_LIMIT_POLICY.url,
    },
    {
        name: "a role with 1,001 permissions over two APIs",
        text: `version: 1\nroles:\n  ops:\n    permissions:\n      a: [${times(600, (i) => `s${i}, `)}x]\n      b: [${times(400, (i) => `s${i}, `)}x]\n`,
        line: 4,
        message: "1,002 permissions in role 'ops', over Auth0's limit of 1,000 permissions per role",
        source: ENTITY_LIMIT_POLICY.url,
    },
    {
        name: "1,001 roles",
        text: `version: 1\nroles:\n${times(1001, (i) => `  r${i}: {}\n`)}`,
        line: 2,
        message: "1,001 roles, over Auth0's limit of 1,000 roles per tenant",
        source: ENTITY_LIMIT_POLICY.url,
    },
    {
        name: "101 callbacks on one app",
        text: `version: 1\napps:\n  shop:\n    type: spa\n    callbacks:\n${times(101, (i) => `      - https://shop.example.com/${i}\n`)}`,
        line: 5,
        message: "101 callback URLs in app 'shop', over Auth0's limit of 100 callback URLs per application",
        source: APPLICATION_SETTINGS.url,
    },
];

describe.each(OVER_AUTH0_LIMITS)("$name", ({ name, text, line, message, source }) => {
    it("is refused with a located tenant-limits finding naming the limit and its source", async () => {
        const file = path.join(dir, `${name.replace(/\W+/g, "-")}.yaml`);
        fs.writeFileSync(file, text);
        const run = await check(file);
        expectClearRejection(run);
        expect(jsonFindings(run)).toEqual([expect.objectContaining({ rule: "tenant-limits", severity: "error", line, message, hint: expect.stringContaining(source) })]);
    });
});

/**
 * Files of tens of thousands of elements alike, in a 1 GB heap: they load, every rule runs, and
 * repeated findings fold so that the report stays short and its counts stay right. (The largest
 * files within the limits are measured in bench/, not here.)
 */
describe("many elements alike, in a 1 GB heap", () => {
    const elements = 20_000;

    it("folds the findings of 20,000 APIs into a short report that counts them all", async () => {
        const file = path.join(dir, "many-apis.yaml");
        fs.writeFileSync(file, `version: 1\ntenant: {plan: enterprise}\napis:\n${times(elements, (i) => `  p${i}: {identifier: x${i}}\n`)}`);
        const run = await spawnCli(["check", file, "--format", "json"], { heapMb: 1024 });
        expect(run.code).toBe(0);
        expect(run.stdout.length).toBeLessThan(100_000);
        const report = JSON.parse(run.stdout) as { findings: Array<{ rule: string; count?: number; line: number | null; message: string }>; summary: { warnings: number } };
        const unused = report.findings.filter((f) => f.rule === "unused-api");
        expect(unused.reduce((n, f) => n + (f.count ?? 1), 0)).toBe(elements);
        expect(unused.at(-1)).toEqual(expect.objectContaining({ count: elements - 50, message: expect.stringContaining(`(and ${elements - 51} more findings of this rule, not listed one by one)`) }));
        expect(report.summary.warnings).toBeGreaterThanOrEqual(elements);
    }, 60 * SECONDS);

    it("folds 20,000 schema errors, each group located", async () => {
        const file = path.join(dir, "many-bad-apps.yaml");
        fs.writeFileSync(file, `version: 1\napps:\n${times(elements, (i) => `  a${i}: {type: x}\n`)}`);
        const run = await spawnCli(["check", file, "--format", "json"], { heapMb: 1024 });
        expect(run.stdout.length).toBeLessThan(100_000);
        expectClearRejection({ ...run, code: run.code ?? -1 });
        const report = JSON.parse(run.stdout) as { summary: { errors: number } };
        expect(report.summary.errors).toBe(elements);
    }, 60 * SECONDS);
});

describe("tenant exports", () => {
    it("refuses a dump whose clients.json is a device, with one sentence", async () => {
        const dump = path.join(dir, "device-dump");
        fs.mkdirSync(dump);
        fs.symlinkSync("/dev/zero", path.join(dump, "clients.json"));
        const run = await runCli("audit", dump);
        expect(run.code).toBe(2);
        expectClearRejection(run);
        expect(run.stderr).toMatch(/clients\.json/);
    });

    it("refuses an export over the size limit, saying the bytes", async () => {
        const file = path.join(dir, "huge-tenant.yaml");
        fs.writeFileSync(file, `clients:\n${"  - name: app\n".repeat(Math.ceil((LIMITS.fileBytes + 1) / 14))}`);
        const run = await runCli("audit", file);
        expect(run.code).toBe(2);
        expectClearRejection(run);
        expect(run.stderr).toMatch(/bytes, more than the 10,485,760 bytes a tenant export file may have/);
    });

    it("refuses an export of more entries than the limit with its position", async () => {
        const file = path.join(dir, "flow-tenant.json");
        fs.writeFileSync(file, `{"clients": [${Array.from({ length: 600_000 }, () => "1").join(",")}]}`);
        const run = await runCli("audit", file);
        expect(run.code).toBe(2);
        expectClearRejection(run);
        expect(run.stderr).toMatch(/flow-tenant\.json:1:\d+: more than 500,000 lines/);
    });
});

it("refuses to plan more elements than plan previews, before the program runs, with one sentence", async () => {
    const file = path.join(dir, "plan-too-big.yaml");
    fs.writeFileSync(file, `version: 1\ntenant: {plan: enterprise}\napps:\n${times(PLAN_ELEMENTS + 1, (i) => `  a${i}: {type: spa}\n`)}`);
    const run = await runCli("plan", file);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`has ${(PLAN_ELEMENTS + 1).toLocaleString("en-US")} APIs, apps, grants and roles, more than the ${PLAN_ELEMENTS.toLocaleString("en-US")} plan previews`);
    expect(run.stderr).not.toMatch(/running the program/);
}, 30 * SECONDS);
