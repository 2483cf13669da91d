// Keys and values named like Object.prototype's members ('constructor', '__proto__', 'toString'…)
// through every command and through the pack. A lookup that reached the prototype would print
// undefined, [object Object] or a function's source, or end in an internal error (exit 3).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import fc from "fast-check";
import { stringify } from "yaml";
import { analyzeResources } from "../../policies/src/pack/analysis";
import type { PackResource } from "../../policies/src/pack/resource";
import { coherentStack } from "../pack/stacks";
import { fuzzRuns } from "../support/fuzz-runs";
import { runCli, type CliRun } from "../support/cli";

const NAMES = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "prototype", "isPrototypeOf", "toLocaleString", "propertyIsEnumerable", "__defineGetter__"];
/** The names the schema takes as keys (it refuses '__proto__' and a leading underscore, with a finding). */
const KEYS = NAMES.filter((name) => /^[A-Za-z0-9]/.test(name));

const LEAK = /(?<![\w-])undefined(?![\w-])|\[object Object\]|\[native code\]|function \w*\(/;
const TENANTS = path.join(__dirname, "../fixtures/tenants");
const SECONDS = 1000;

let dir: string;
beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "prototype-names-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A run that answered: exit 0 or 1 (2 only where the case allows it), nothing leaked from a prototype. */
function expectAnswered(run: CliRun, codes: readonly number[] = [0, 1]): void {
    if (!codes.includes(run.code)) throw new Error(`exit ${run.code}, expected ${codes.join(" or ")}: ${run.stderr}`);
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(run.stdout).not.toMatch(LEAK);
    expect(run.stderr).not.toMatch(LEAK);
}

interface Names {
    apis: string[];
    apps: string[];
    scopes: string[];
    role: string;
    /** Variable names, and the values of the first two. */
    vars: string[];
    values: string[];
    stack: string;
}

const names: fc.Arbitrary<Names> = fc.record({
    apis: fc.uniqueArray(fc.constantFrom(...KEYS), { minLength: 2, maxLength: 2 }),
    apps: fc.uniqueArray(fc.constantFrom(...KEYS), { minLength: 3, maxLength: 3 }),
    scopes: fc.uniqueArray(fc.constantFrom(...KEYS), { minLength: 3, maxLength: 3 }),
    role: fc.constantFrom(...KEYS),
    vars: fc.uniqueArray(fc.constantFrom(...KEYS), { minLength: 2, maxLength: 2 }),
    values: fc.array(fc.constantFrom(...NAMES), { minLength: 2, maxLength: 2 }),
    stack: fc.constantFrom(...KEYS),
});

/** A coherent topology whose every key, scope and variable is one of the names. */
function topologyOf(n: Names): string {
    const [a1, a2] = n.apis as [string, string];
    const [spa, m2m, web] = n.apps as [string, string, string];
    const [s1, s2, s3] = n.scopes as [string, string, string];
    const [v1, v2] = n.vars as [string, string];
    return stringify({
        version: 1,
        apis: {
            [a1]: { identifier: `https://\${${v1}}.example.com`, name: `\${${v2}}`, scopes: { [s1]: s1, [s2]: s2 }, calls: { [a2]: [s3] } },
            [a2]: { identifier: "https://second.example.com", scopes: { [s3]: s3 } },
        },
        apps: {
            [spa]: { type: "spa", callbacks: ["https://shop.example.com/callback"], webOrigins: ["https://shop.example.com"], access: { [a1]: [s1], [a2]: [s3] } },
            [m2m]: { type: "m2m", access: { [a1]: [s2] } },
            [web]: { type: "web", callbacks: ["https://admin.example.com/callback"], access: { [a2]: [s3] }, machineAccess: { [a1]: [s1] } },
        },
        roles: { [n.role]: { permissions: { [a1]: [s1, s2], [a2]: [s3] } } },
    });
}

function writeProject(n: Names, index: number): { file: string; outputs: string; base: string } {
    const project = fs.mkdtempSync(path.join(dir, `project-${index}-`));
    const file = path.join(project, "topology.yaml");
    fs.writeFileSync(file, topologyOf(n));
    const vars = Object.fromEntries(n.vars.map((name, i) => [name, `${n.values[i]}-value`]));
    fs.writeFileSync(path.join(project, `Pulumi.${n.stack}.yaml`), stringify({ config: { "auth0:domain": "proto.eu.auth0.com", "auth0-topology:vars": vars } }));
    // Stack outputs: a client id for each app, and entries named like the prototype's members.
    const outputs = path.join(project, "outputs.json");
    const clients = Object.fromEntries([...NAMES, ...n.apps].map((key) => [key, { clientId: `id-of-${key}` }]));
    fs.writeFileSync(outputs, JSON.stringify({ clients }));
    const base = path.join(project, "base.yaml");
    fs.writeFileSync(base, stringify({ version: 1, apis: { [n.apis[1]!]: { identifier: "https://second.example.com", scopes: { [n.scopes[2]!]: "old" } } } }));
    return { file, outputs, base };
}

let projects = 0;

it(
    "answers check, graph, config, config --outputs and diff correctly whatever the keys, scopes and variables are named",
    async () => {
        await fc.assert(
            fc.asyncProperty(names, async (n) => {
                const { file, outputs, base } = writeProject(n, projects++);
                const stack = ["--stack", n.stack];

                const check = await runCli(...["check", file, ...stack, "--format", "json"]);
                expectAnswered(check);
                const rules = (JSON.parse(check.stdout) as { findings: Array<{ rule: string }> }).findings.map((f) => f.rule);
                // Every reference is declared and every variable set: lookups found them all.
                expect(rules.filter((r) => ["unknown-api", "unknown-app", "unknown-scope", "undefined-variable", "schema"].includes(r))).toEqual([]);

                const graph = await runCli(...["graph", file, ...stack]);
                expectAnswered(graph, [0]);
                for (const key of [...n.apis, ...n.apps, n.role]) expect(graph.stdout).toContain(key);

                const config = await runCli(...["config", file, ...stack]);
                expectAnswered(config, [0]);
                const configs = JSON.parse(config.stdout) as Array<{ key: string; audiences?: Array<{ api: string; scope: string }> }>;
                expect(configs.find((c) => c.key === n.apps[0])?.audiences).toEqual([
                    expect.objectContaining({ api: n.apis[0], scope: n.scopes[0] }),
                    expect.objectContaining({ api: n.apis[1], scope: n.scopes[2] }),
                ]);

                const deployed = await runCli(...["config", file, ...stack, "--outputs", outputs, "--format", "env"]);
                expectAnswered(deployed, [0]);
                for (const app of n.apps) expect(deployed.stdout).toContain(`_AUTH0_CLIENT_ID=id-of-${app}\n`);

                const diff = await runCli(...["diff", file, ...stack, "--base-file", base, "--format", "json"]);
                expectAnswered(diff, [0]);
                const paths = (JSON.parse(diff.stdout) as { changes: Array<{ path: string }> }).changes.map((c) => c.path);
                for (const app of n.apps) expect(paths).toContain(`apps.${app}`);
            }),
            fuzzRuns(15),
        );
    },
    60 * SECONDS,
);

it(
    "plans a topology named like the prototype's members",
    async () => {
        const n: Names = { apis: ["constructor", "toString"], apps: ["valueOf", "hasOwnProperty", "prototype"], scopes: ["constructor", "toString", "valueOf"], role: "isPrototypeOf", vars: ["toString", "valueOf"], values: ["__proto__", "constructor"], stack: "constructor" };
        const { file } = writeProject(n, projects++);
        const plan = await runCli(...["plan", file, "--stack", n.stack, "--format", "json"]);
        expectAnswered(plan);
        const resources = (JSON.parse(plan.stdout) as { resources: Array<{ name: string }> }).resources.map((r) => r.name);
        for (const key of [...n.apis, ...n.apps, n.role]) expect(resources.filter((name) => name === key || name.startsWith(`${key}-`) || name.startsWith(`${key}/`))).not.toEqual([]);
    },
    120 * SECONDS,
);

describe.each([
    ["a Management API dump", [path.join(TENANTS, "proto-names")]],
    ["a deploy-cli YAML export with keywords", [path.join(TENANTS, "proto-names-yaml/tenant.yaml"), "--deploy-config", path.join(TENANTS, "proto-names-yaml/config.json")]],
])("%s whose objects, keywords and values are named like the prototype's members", (_what, source) => {
    it("is audited, drifted against and imported without a prototype lookup", async () => {
        expectAnswered(await runCli(...["audit", ...source, "--format", "json"]));
        const out = path.join(fs.mkdtempSync(path.join(dir, "import-")), "topology.yaml");
        const imported = await runCli(...["import", ...source, "--out", out, "--stack", "dev", "--report", path.join(path.dirname(out), "report.md")]);
        expectAnswered(imported);
        const written = ["topology.yaml", "Pulumi.dev.yaml", "report.md"].map((f) => fs.readFileSync(path.join(path.dirname(out), f), "utf8")).join("\n");
        expect(written).not.toMatch(LEAK);
        expectAnswered(await runCli(...["check", out, "--stack", "dev", "--format", "json"]));
        expectAnswered(await runCli(...["drift", ...source, out, "--stack", "dev", "--format", "json"]));
    }, 60 * SECONDS);
});

/** The coherent stack with its resources renamed after the prototype's members, and such keys among their properties. */
const renamedStack = fc.record({ names: fc.array(fc.constantFrom(...NAMES), { minLength: 8, maxLength: 8 }), key: fc.constantFrom(...NAMES) }).map(({ names: chosen, key }) =>
    (coherentStack() as PackResource[]).map((r, i): PackResource => {
        const name = `${chosen[i % chosen.length]}${i}`;
        // JSON.parse keeps '__proto__' as an own key, as the wire decoder must.
        const props = { ...r.props, ...(JSON.parse(`{${JSON.stringify(key)}: {${JSON.stringify(key)}: "x"}}`) as object) };
        return { ...r, name, urn: r.urn.replace(/::[^:]+$/, `::${name}`), props, propertyDependencies: r.propertyDependencies };
    }),
);

it("the pack reads resources named like the prototype's members, with such properties, without a prototype lookup", () => {
    fc.assert(
        fc.property(renamedStack, (stack) => {
            const { findings, diagnostics } = analyzeResources(stack, { environment: "production" });
            for (const text of [...findings.map((f) => `${f.message} ${f.hint ?? ""}`), ...diagnostics.map((d) => d.message)]) expect(text).not.toMatch(LEAK);
            expect(findings.filter((f) => f.message.includes("failed on this model"))).toEqual([]);
        }),
        fuzzRuns(50),
    );
});

it("the pack names a Management API scope called 'constructor' for what it is, not a sensitive read", () => {
    const stack = coherentStack() as PackResource[];
    const grant = stack.find((r) => r.name === "fulfilment-orders")!;
    const management = { ...grant, name: "fulfilment-management", urn: grant.urn.replace(/::[^:]+$/, "::fulfilment-management"), props: { ...grant.props, audience: "https://shop-dev.eu.auth0.com/api/v2/", scope: undefined, scopes: ["constructor", "toString", "read:users"] }, propertyDependencies: { clientId: grant.propertyDependencies.clientId! } };
    const { findings } = analyzeResources([...stack, management], { environment: "production" });
    const privileged = findings.filter((f) => f.rule === "m2m-management-privileged").map((f) => f.message);
    expect(privileged).toEqual([expect.stringContaining("read:users")]);
});
