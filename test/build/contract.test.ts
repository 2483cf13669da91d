// The provider contract against the installed SDK, and the program against the contract: every
// resource the program registers, for every example, fixture and a generated topology, sets only
// attributes the provider lets a program set, with values its validations accept.
import * as fs from "node:fs";
import * as path from "node:path";
import * as auth0 from "@pulumi/auth0";
import ts from "typescript";
import { PROVIDER_CONTRACT, resourceContract } from "../../policies/src/facts/provider-contract";
import { Tenant } from "../../topology/build/tenant";
import { contractViolations, type ContractViolation } from "../../topology/build/contract-check";
import { blocksDeployment } from "../../topology/build/program";
import { runProgramUnderMocks } from "../../topology/build/mock-run";
import { runUnderMocks, type RegisteredResource } from "../../topology/build/under-mocks";
import { checkTopology } from "../../topology/check";
import { programConfig } from "../../topology/plan/run";
import { readStackSettings } from "../../topology/stack";
import { resolveTopology } from "../../topology/resolve";
import { TopologySchema } from "../../topology/schema";
import { benchTopology } from "../../bench/generate";

const ROOT = path.join(__dirname, "../..");
const SDK_DIR = path.join(ROOT, "node_modules/@pulumi/auth0");

describe("the contract is the installed SDK's", () => {
    it("pins the @pulumi/auth0 version that is installed (a new version bundles another provider: revisit the contract)", () => {
        const installed = JSON.parse(fs.readFileSync(path.join(SDK_DIR, "package.json"), "utf8")).version;
        expect({ installed, pinned: PROVIDER_CONTRACT.sdk.version }).toEqual({ installed, pinned: installed });
        expect(PROVIDER_CONTRACT.sdk.version).toBe("3.49.0");
        expect(PROVIDER_CONTRACT.provider.version).toBe("v1.53.0");
    });

    /** Property names of an interface in the SDK's declaration file for a resource type. */
    function sdkProperties(type: string, suffix: "Args" | "State"): string[] {
        const [, module, name] = /^auth0:index\/(\w+):(\w+)$/.exec(type)!;
        const file = path.join(SDK_DIR, `${module}.d.ts`);
        const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
        const found = source.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === `${name}${suffix}`);
        if (found === undefined) throw new Error(`${file} declares no ${name}${suffix}`);
        return found.members.flatMap((m) => (m.name !== undefined && ts.isIdentifier(m.name) ? [m.name.text] : [])).sort();
    }

    describe.each(Object.keys(PROVIDER_CONTRACT.resources))("%s", (type) => {
        const attributes = resourceContract(type)!.attributes;
        it("settable attributes are exactly the SDK's inputs", () => {
            expect(attributes.filter((a) => a.mode !== "computed").map((a) => a.name).sort()).toEqual(sdkProperties(type, "Args"));
        });
        it("every attribute is in the SDK's state", () => {
            expect(attributes.map((a) => a.name).sort()).toEqual(sdkProperties(type, "State"));
        });
        it("names each fact's source file in the provider", () => {
            expect(resourceContract(type)!.source).toMatch(/^internal\/auth0\/\w+\/\w+\.go$/);
        });
    });
});

/** Registered resources and their contract violations, as "urn path: message". */
const violationsOf = (resources: RegisteredResource[]) => resources.flatMap(contractViolations).map((v) => `${v.urn} ${v.path}: ${v.message}`);

describe("the program sets only what the provider accepts", () => {
    const examples = [path.join(ROOT, "topology.yaml"), ...fs.readdirSync(path.join(ROOT, "examples")).filter((f) => f.endsWith(".yaml") && !f.startsWith("Pulumi.")).map((f) => path.join(ROOT, "examples", f))];

    it.each(examples.map((f) => [path.relative(ROOT, f), f]))("%s, through the program as pulumi preview runs it", async (_name, file) => {
        const projectDir = path.dirname(file);
        for (const stack of ["dev", "prod"]) {
            const config = programConfig(readStackSettings(projectDir, stack), { vars: {} });
            const resources = await runProgramUnderMocks({ topologyFile: file, stack, config });
            expect(resources.filter((r) => r.custom).length).toBeGreaterThan(0);
            expect(violationsOf(resources)).toEqual([]);
        }
    });

    const fixtureDirs = ["test/fixtures/program", "test/fixtures/rules"].map((d) => path.join(ROOT, d));
    const fixtures = fixtureDirs.flatMap((dir) => fs.readdirSync(dir).filter((f) => f.endsWith(".yaml")).map((f) => path.join(dir, f)));

    // Rule fixtures carry deliberate errors, which stop the program; the Tenant is built from their model
    // anyway so the contract covers every shape they hold. A violation is tolerated only on an element
    // the checker already refuses with an error (only dangling references cannot be built at all).
    it.each(fixtures.map((f) => [path.relative(ROOT, f), f]))("%s, the Tenant built from its model", async (_name, file) => {
        for (const environment of ["development", "production"] as const) {
            const { model, findings } = checkTopology({ file, environment, domain: "example.eu.auth0.com" });
            if (model === undefined) continue;
            const refused = findings.filter(blocksDeployment).map((f) => f.path.split(".").slice(0, 2).join("."));
            const unrefused = (v: ContractViolation) => !refused.includes(`${v.urn.includes("resourceServer") ? "apis" : "apps"}.${v.urn.split("::").pop()}`);
            let resources: RegisteredResource[];
            try {
                resources = await runUnderMocks(async () => ({ ...new Tenant("tenant", model).outputs }), { stack: "dev", config: {} });
            } catch (err) {
                expect(String(err)).toMatch(/which the model does not declare/);
                continue;
            }
            expect(resources.flatMap(contractViolations).filter(unrefused)).toEqual([]);
        }
    });

    it("a generated topology of 12 APIs", async () => {
        const model = resolveTopology(TopologySchema.parse(benchTopology(12)), { environment: "production", domain: "example.eu.auth0.com" });
        const resources = await runUnderMocks(async () => ({ ...new Tenant("tenant", model).outputs }), { stack: "prod", config: {} });
        expect(resources.filter((r) => r.custom).length).toBeGreaterThan(50);
        expect(violationsOf(resources)).toEqual([]);
    });
});

describe("the check catches what a real preview refuses", () => {
    const register = (make: () => void) => runUnderMocks(async () => make(), { stack: "dev", config: {} });

    it("a computed-only field (a role permission's resourceServerName)", async () => {
        const resources = await register(() => {
            new auth0.RolePermissions("r", { roleId: "rol_1", permissions: [{ name: "read:x", resourceServerIdentifier: "https://x", resourceServerName: "X" }] });
        });
        expect(violationsOf(resources)).toEqual([expect.stringMatching(/::r permissions\[0\]\.resourceServerName: is computed by the provider and cannot be set$/)]);
    });

    it("values outside the provider's validations, a missing required attribute, a web lifetime above the lifetime", async () => {
        const resources = await register(() => {
            new auth0.Client("c", { name: "c", description: "x".repeat(141), appType: "browser", jwtConfiguration: { alg: "ES256" } });
            new auth0.ResourceServer("api", { identifier: "https://api", name: "API <internal>", tokenLifetime: 600, tokenLifetimeForWeb: 7200 });
            new auth0.ResourceServerScopes("s", { resourceServerIdentifier: "https://api", scopes: [{ description: "no name" } as never] });
        });
        expect(violationsOf(resources).map((v) => v.replace(/^\S+::/, "")).sort()).toEqual([
            "api name: may not contain < >",
            "api tokenLifetimeForWeb: 7200 exceeds tokenLifetime (600)",
            expect.stringMatching(/^c appType: "browser" is not one of native, spa, regular_web/),
            "c description: length 141 is outside 0..140",
            "c jwtConfiguration.alg: \"ES256\" is not one of HS256, RS256, PS256",
            "s scopes[0].name: is required",
        ]);
    });
});
