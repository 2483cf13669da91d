// The two npm packages as a team gets them: `npm pack` both, install the tarballs into a fresh
// project outside this repository (from the npm cache: every dependency is already in it), then
// use the CLI, the policy pack and the Tenant component from there.
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { assertPackBuilt, assertRootBuilt, PACK_DIR } from "../pack/pack-build";

const ROOT = path.join(__dirname, "../..");
const TSC = path.join(ROOT, "node_modules/typescript/bin/tsc");

/** npm run from `npm test` inherits npm_* settings of this project: the scratch project must not. */
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith("npm_")));

function run(command: string, args: readonly string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
    const result = spawnSync(command, args, { cwd, env, encoding: "utf8", maxBuffer: 64 * 2 ** 20 });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function pack(dir: string, into: string): string {
    // Scripts off: prepare would reinstall and rebuild; the builds are checked fresh above.
    const name = execFileSync("npm", ["pack", "--ignore-scripts", "--silent", "--pack-destination", into], { cwd: dir, env, encoding: "utf8" }).trim().split("\n").pop()!;
    return path.join(into, name);
}

const PROGRAM = `import * as pulumi from "@pulumi/pulumi";
import { Tenant, type TopologyInput } from "auth0-topology";

const inMemory: TopologyInput = {
    version: 1,
    apis: { inventory: { identifier: "https://inventory.\${domainSuffix}", scopes: { "read:stock": "Read stock levels" } } },
    apps: { "stock-sync": { type: "m2m", access: { inventory: ["read:stock"] } } },
};

const fromFile = new Tenant("auth0", { file: "topology.yaml" });
const fromMemory = new Tenant("warehouse", { topology: inMemory });
export const apis = pulumi.output({ ...fromFile.outputs.apis, ...fromMemory.outputs.apis });
`;

/** Runs the compiled program as the body of a stack under Pulumi's mocks, printing what it registered. */
const UNDER_MOCKS = `const pulumi = require("@pulumi/pulumi");
const registered = [];
pulumi.runtime.setMocks({
    newResource: (args) => (registered.push({ type: args.type, name: args.name }), { id: undefined, state: args.inputs }),
    call: () => { throw new Error("no provider calls expected"); },
}, "scratch", "dev", true);
// Registrations finish after the program returns: disconnect waits for all of them.
pulumi.runtime.runInPulumiStack(async () => require("./index.js")).then(() => pulumi.runtime.disconnect()).then(
    () => process.stdout.write(JSON.stringify(registered)),
    (err) => { process.stderr.write(String(err && err.message || err)); process.exit(1); },
);
`;

let project: string;
let install: { status: number | null; stdout: string; stderr: string };

beforeAll(() => {
    assertPackBuilt();
    assertRootBuilt();
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "auth0-topology-install-"));
    const tarballs = [pack(ROOT, work), pack(PACK_DIR, work)];
    project = path.join(work, "team-repo");
    fs.mkdirSync(project);
    // What the README tells a team to write (no dependency needs its install script), with the
    // tarballs named by path as npm matches them: their `prepare` (this repository's build) is
    // an install script for a tarball, not for the registry's copy.
    const denied = Object.fromEntries(["protobufjs", ...tarballs.map((t) => `file:${t}`)].map((key) => [key, false]));
    const manifest = { name: "team-repo", version: "1.0.0", private: true, allowScripts: denied };
    fs.writeFileSync(path.join(project, "package.json"), JSON.stringify(manifest, null, 2));
    install = run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", ...tarballs], project);
    for (const file of ["topology.yaml", "Pulumi.dev.yaml"]) fs.copyFileSync(path.join(ROOT, file), path.join(project, file));
}, 300_000);

afterAll(() => fs.rmSync(path.dirname(project), { recursive: true, force: true }));

it("installs from the tarballs without a warning", () => {
    expect(install.stderr).toBe("");
    expect(install.status).toBe(0);
});

it("runs topology check from node_modules/.bin on the team's file", () => {
    const { status, stdout } = run(path.join(project, "node_modules/.bin/topology"), ["check"], project);
    expect(stdout).toMatch(/^0 errors, 0 warnings/m);
    expect(status).toBe(0);
});

it("runs topology plan with the policy pack installed from its own package", () => {
    const { status, stdout, stderr } = run(path.join(project, "node_modules/.bin/topology"), ["plan", "--format", "json"], project);
    expect(stderr).not.toContain("internal error");
    expect(status).toBe(0);
    const plan = JSON.parse(stdout);
    expect(plan.resources.map((r: { type: string }) => r.type)).toContain("auth0:index/clientGrant:ClientGrant");
    // The pack ran: its tenant-model policy reports the advisory the checker also finds.
    expect(plan.policy.map((v: { policy: string }) => v.policy)).toContain("multi-audience-app");
    expect(fs.existsSync(path.join(project, "node_modules/@auth0-topology/policies/PulumiPolicy.yaml"))).toBe(true);
});

it("type-checks and runs a Pulumi TypeScript program with the Tenant component, from a file and in memory", () => {
    fs.writeFileSync(path.join(project, "index.ts"), PROGRAM);
    fs.writeFileSync(path.join(project, "under-mocks.js"), UNDER_MOCKS);
    const tsconfig = { compilerOptions: { target: "ES2022", module: "node16", moduleResolution: "node16", strict: true, skipLibCheck: true, types: [] }, files: ["index.ts"] };
    fs.writeFileSync(path.join(project, "tsconfig.json"), JSON.stringify(tsconfig));
    const compiled = run(process.execPath, [TSC, "-p", "."], project);
    expect(compiled.stdout + compiled.stderr).toBe("");
    const { status, stdout, stderr } = run(process.execPath, ["under-mocks.js"], project);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const registered = JSON.parse(stdout) as { type: string; name: string }[];
    expect(registered.filter((r) => r.type === "auth0-topology:index:Tenant").map((r) => r.name)).toEqual(["auth0", "warehouse"]);
    expect(registered).toEqual(expect.arrayContaining([{ type: "auth0:index/resourceServer:ResourceServer", name: "inventory" }, { type: "auth0:index/client:Client", name: "storefront" }]));
});

it("exposes only its public API", () => {
    const resolve = (request: string) => run(process.execPath, ["-e", `require.resolve(${JSON.stringify(request)})`], project);
    expect(resolve("auth0-topology").status).toBe(0);
    expect(resolve("auth0-topology/topology.schema.json").status).toBe(0);
    expect(resolve("auth0-topology/dist/topology/check.js").stderr).toContain("ERR_PACKAGE_PATH_NOT_EXPORTED");
});
