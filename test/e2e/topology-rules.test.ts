// Every catalog rule that a topology file can break, end to end through the loader, the resolver
// and the rules. Each fixture in test/fixtures/rules/<rule-id>.yaml is a mistake a user would
// write; a trailing `# expect: <rule> <severity>[/<production severity>] <path>[ @<column>]`
// comment marks each finding on the line it must point at ("off" where the rule is silent).
// A fixture gives exactly its marked errors; unmarked warnings and infos are tolerated.
import * as fs from "node:fs";
import * as path from "node:path";
import { isMap, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import type { Environment, TenantModel } from "../../policies/src/model";
import type { Finding, Level } from "../../policies/src/rule";
import { rules } from "../../policies/src/rules";
import { ALLOWED_GRANT_TYPES } from "../../policies/src/rules/flows/grant-types";
import { checkTopology } from "../../topology/check";
import { runCli } from "../support/cli";
import { pathSegments } from "../../policies/src/path";

const FIXTURES = path.join(__dirname, "../fixtures/rules");
const fixture = (name: string) => path.join(FIXTURES, `${name}.yaml`);

interface Expectation {
    rule: string;
    level: Record<Environment, Level>;
    path: string;
    line: number;
    /** Where the finding must point; by default, where `path` is written (its key, or its list item). */
    column?: number;
}

const MARKER = /expect: (\S+) (\S+) ([^;@]+?)(?: @(\d+))?\s*(?:;|$)/g;

function expectationsOf(text: string): Expectation[] {
    return text.split("\n").flatMap((line, index) =>
        [...line.matchAll(MARKER)].map(([, rule, severity, at, column]) => {
            const [development, production = development] = severity!.split("/") as [Level, Level?];
            const expectation: Expectation = { rule: rule!, level: { development, production: production! }, path: at!, line: index + 1 };
            if (column !== undefined) expectation.column = Number(column);
            return expectation;
        }),
    );
}

const keyOf = (pair: { key: unknown }) => String((pair.key as { value: unknown }).value);

/** Where a path is written, read independently of the loader's locator: the key of a map entry, a list item. */
function writtenAt(text: string, at: string): { line: number; column: number } {
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
    let node = doc.contents as Node | null;
    let written: Node | null = null;
    for (const segment of pathSegments(at)) {
        if (isMap(node)) {
            const pair = node.items.find((p) => keyOf(p) === segment);
            if (pair === undefined) throw new Error(`${at} is not written in the fixture`);
            [written, node] = [pair.key as Node, pair.value as Node];
        } else if (isSeq(node)) {
            [written, node] = [node.items[Number(segment)] as Node, node.items[Number(segment)] as Node];
        } else {
            throw new Error(`${at} is not written in the fixture`);
        }
    }
    const { line, col } = lines.linePos(written?.range?.[0] ?? 0);
    return { line, column: col };
}

const FIXTURE_RULES = fs
    .readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".yaml") && f !== "secure-defaults.yaml")
    .map((f) => f.slice(0, -".yaml".length))
    .sort();

const ENVIRONMENTS: Environment[] = ["development", "production"];
const active = (findings: Finding[]) => findings.filter((f) => f.waived === undefined);
const brief = (f: Pick<Finding, "rule" | "path">) => `${f.rule} ${f.path}`;

describe.each(FIXTURE_RULES)("fixture %s.yaml", (id) => {
    const file = fixture(id);
    const text = fs.readFileSync(file, "utf8");
    const expectations = expectationsOf(text);

    it("says what is wrong and marks a finding of its own rule", () => {
        expect(text.startsWith("# ")).toBe(true);
        expect(expectations.map((e) => e.rule)).toContain(id);
    });

    it.each(ENVIRONMENTS)("gives the marked findings, where they are written, on a %s stack", (environment) => {
        const { findings } = checkTopology({ file, environment });
        for (const e of expectations) {
            const matching = findings.filter((f) => f.rule === e.rule && f.path === e.path);
            if (e.level[environment] === "off") {
                expect(matching).toEqual([]);
                continue;
            }
            const column = e.column ?? writtenAt(text, e.path).column;
            if (e.column === undefined) expect(writtenAt(text, e.path).line).toBe(e.line);
            expect(matching).toContainEqual(expect.objectContaining({ severity: e.level[environment], file, line: e.line, column }));
        }
        const expectedErrors = expectations.filter((e) => e.level[environment] === "error").map(brief);
        expect(active(findings).filter((f) => f.severity === "error").map(brief).sort()).toEqual([...new Set(expectedErrors)].sort());
    });
});

it("has a fixture for every rule a topology can break, and a secure default for every other", () => {
    const catalog = rules.map((r) => r.meta.id).sort();
    expect([...FIXTURE_RULES, ...Object.keys(SECURE_DEFAULTS)].sort()).toEqual(catalog);
});

/**
 * Rules that only raw resources can break: the resolver gives every client and grant of a file
 * secure settings. Each entry asserts that setting on the fixture that tries hardest to break the
 * rule (test/e2e/pack-rules.test.ts breaks them through the policy pack).
 */
const SECURE_DEFAULTS: Record<string, (model: TenantModel) => void> = {
    "grant-type-matrix": (model) => {
        for (const c of model.clients) expect(ALLOWED_GRANT_TYPES[c.type]).toEqual(expect.arrayContaining(c.grantTypes));
    },
    "implicit-grant": (model) => expect(model.clients.flatMap((c) => c.grantTypes)).not.toContain("implicit"),
    // A topology has no way to declare an Auth0 Rule or Hook.
    "legacy-extensibility": (model) => expect(model.legacyExtensions ?? []).toEqual([]),
    "password-grant": (model) => expect(model.clients.flatMap((c) => c.grantTypes).filter((t) => t.includes("password"))).toEqual([]),
    "public-client-auth-method": (model) => {
        const publicClients = model.clients.filter((c) => c.type === "spa" || c.type === "native");
        expect(publicClients.map((c) => c.authMethod)).toEqual(["none", "none"]);
    },
    "spa-signing-alg": (model) => {
        for (const c of model.clients) expect(c).toMatchObject({ idTokenSigningAlg: "RS256", oidcConformant: true });
    },
    "id-token-hs256": (model) => expect(model.clients.map((c) => c.idTokenSigningAlg)).not.toContain("HS256"),
    "oidc-conformant": (model) => expect(model.clients.filter((c) => !c.oidcConformant)).toEqual([]),
    "grant-without-client-credentials": (model) => {
        // The resolver gives client_credentials to every client with machine access (an m2m app's access, a web app's machineAccess).
        const machines = new Set(model.grants.filter((g) => g.subjectType === "client").map((g) => g.client));
        expect(machines.size).toBeGreaterThan(1);
        for (const c of model.clients.filter((c) => machines.has(c.key))) expect(c.grantTypes).toContain("client_credentials");
    },
    "refresh-token-rotation": (model) => {
        const refreshing = model.clients.filter((c) => c.refreshToken !== null);
        expect(refreshing.map((c) => c.key)).toEqual(["storefront", "mobile", "back-office", "partner-app"]);
        for (const c of refreshing) expect(c.refreshToken).toMatchObject({ rotation: "rotating", expiration: "expiring" });
    },
    "refresh-token-lifetimes": (model) => {
        const refreshing = model.clients.flatMap((c) => (c.refreshToken === null ? [] : [c.refreshToken]));
        expect(refreshing.length).toBeGreaterThan(0);
        for (const r of refreshing) expect(r.idleTokenLifetime).toBeLessThanOrEqual(r.tokenLifetime);
    },
    "third-party-consent": (model) => {
        const partner = model.clients.find((c) => c.key === "partner-app")!;
        expect(partner.firstParty).toBe(false);
        expect(partner.grantTypes.sort()).toEqual(["authorization_code", "client_credentials", "refresh_token"]);
    },
    "duplicate-grant": (model) => {
        // YAML keys are unique and an m2m app has only `access`: one grant per (app, API, subject type).
        const keys = model.grants.map((g) => `${g.client} ${g.api} ${g.subjectType}`);
        expect(new Set(keys).size).toBe(keys.length);
    },
    "allow-all-scopes": (model) => {
        expect(model.grants.length).toBeGreaterThan(0);
        expect(model.grants.filter((g) => g.allowAllScopes)).toEqual([]);
    },
    "allow-all-scopes-system-api": (model) => {
        expect(model.grants.filter((g) => g.api === "auth0-management").length).toBeGreaterThan(0);
        expect(model.grants.filter((g) => g.allowAllScopes)).toEqual([]);
    },
    "mrrt-constraints": (model) => {
        // The Management API and third-party apps never get a policy (unknown-scope.yaml: nor a misspelt scope).
        const policies = Object.fromEntries(model.clients.map((c) => [c.key, c.refreshToken?.policies]));
        expect(policies).toEqual({
            storefront: [{ audience: "https://catalog.example.com", scopes: ["read:products"] }],
            mobile: [{ audience: "https://catalog.example.com", scopes: ["read:products"] }],
            "back-office": [{ audience: "https://catalog.example.com", scopes: ["read:products"] }],
            "partner-app": [],
            "import-job": undefined,
        });
    },
};

describe("secure-defaults.yaml, the closest a file gets to what only raw resources can break", () => {
    const environment = "production";
    const { model, findings } = checkTopology({ file: fixture("secure-defaults"), environment });

    it("is coherent: no error or warning", () => {
        expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
    });

    it.each(Object.keys(SECURE_DEFAULTS))("gives %s a secure default to find nothing in", (id) => {
        SECURE_DEFAULTS[id]!(model!);
        expect(findings.filter((f) => f.rule === id)).toEqual([]);
    });
});

/** Fixtures whose verdict differs by environment or is warnings only: the CLI must agree with checkTopology and exit accordingly. */
const CLI_CASES: Array<[string, Environment, number]> = [
    ["callback-wildcard", "development", 0],
    ["callback-wildcard", "production", 1],
    ["callback-localhost-in-production", "development", 0],
    ["callback-localhost-in-production", "production", 1],
    ["m2m-management-privileged", "production", 1],
    ["tenant-limits", "development", 1],
    ["undefined-variable", "development", 1],
    ["duplicate-name", "production", 0],
];

describe("topology check --format json", () => {
    it.each(CLI_CASES)("reports %s on a %s stack as checkTopology does, exit %d", async (id, environment, code) => {
        const file = fixture(id);
        const result = await runCli("check", file, "--environment", environment, "--format", "json");
        expect(result.stderr).toBe("");
        expect(result.code).toBe(code);
        const printed = (JSON.parse(result.stdout) as { findings: Finding[] }).findings;
        const expected = checkTopology({ file, environment }).findings;
        const position = (f: Finding) => ({ rule: f.rule, severity: f.severity, path: f.path, file: f.file, line: f.line, column: f.column });
        expect(printed.map(position)).toEqual(expected.map(position));
        const silent = expectationsOf(fs.readFileSync(file, "utf8")).every((e) => e.rule !== id || e.level[environment] === "off");
        expect(printed.some((f) => f.rule === id)).toBe(!silent);
    });
});
