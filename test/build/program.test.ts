// The project's Pulumi program (what `pulumi preview` runs) under preview mocks, on the repository's
// topology.yaml and on broken topologies.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { summarize } from "../../policies/src/run";
import program from "../../index";
import { runProgramUnderMocks, runUnderMocks, MockRunFailure, type RegisteredResource } from "../../topology/build/mock-run";
import { checkTopology } from "../../topology/check";
import { formatText } from "../../topology/report/text";
import { readStackSettings } from "../../topology/stack";
import { programConfig } from "../../topology/plan/run";
import { names, ofType, one, T } from "./resources";

const ROOT = path.resolve(__dirname, "../..");
const TOPOLOGY = path.join(ROOT, "topology.yaml");

/** The configuration Pulumi would hand the program for a stack of this repository. */
function stackConfig(stack: string): Record<string, string> {
    const settings = readStackSettings(ROOT, stack);
    return {
        "auth0-topology:environment": settings.environment,
        "auth0-topology:vars": JSON.stringify(settings.vars),
        "auth0:domain": settings.domain!,
    };
}

async function failure(run: Promise<unknown>): Promise<MockRunFailure> {
    try {
        await run;
    } catch (err) {
        if (err instanceof MockRunFailure) return err;
        throw err;
    }
    throw new Error("the run succeeded");
}

describe("the program on topology.yaml (stack dev)", () => {
    let resources: RegisteredResource[];
    const check = () => checkTopology({ file: TOPOLOGY, stack: "dev", projectDir: ROOT });
    beforeAll(async () => {
        resources = await runProgramUnderMocks({ topologyFile: TOPOLOGY, stack: "dev", config: stackConfig("dev") });
    });

    test("creates exactly the managed APIs, never the Management API", () => {
        const model = check().model!;
        const managed = model.apis.filter((a) => a.kind === "managed").map((a) => a.key).sort();
        expect(managed.length).toBeGreaterThan(0);
        expect(names(resources, T.resourceServer)).toEqual(managed);
        expect(names(resources, T.resourceServerScopes)).toEqual(managed);
        expect(names(resources, T.resourceServer)).not.toContain("auth0-management");
    });

    test("one client grant per grant of the model, with its subject type and scopes", () => {
        const model = check().model!;
        expect(ofType(resources, T.clientGrant)).toHaveLength(model.grants.length);
        for (const grant of model.grants) {
            const registered = one(resources, T.clientGrant, `${grant.client}/${grant.api}/${grant.subjectType}`);
            expect(registered.inputs).toMatchObject({ subjectType: grant.subjectType, scopes: grant.scopes });
        }
        expect(one(resources, T.clientGrant, "orders/caller/catalog/client").inputs.scopes).toEqual(["read:products"]);
    });

    test("the storefront's Management API grant names the stack's tenant domain", () => {
        const grant = one(resources, T.clientGrant, "storefront/auth0-management/user");
        expect(grant.inputs).toMatchObject({ audience: "https://example-dev.eu.auth0.com/api/v2/", scopes: ["read:current_user"] });
        expect(grant.propertyDependencies.audience).toEqual([]);
    });

    test("variables are substituted from the stack configuration", () => {
        expect(one(resources, T.resourceServer, "catalog").inputs.identifier).toBe("https://catalog.dev.example.com");
        expect(one(resources, T.client, "storefront").inputs.callbacks).toEqual(["http://localhost:3000/callback"]);
    });

    test("no implicit grant; the SPA is public, the others confidential", () => {
        for (const c of ofType(resources, T.client)) expect(c.inputs.grantTypes).not.toContain("implicit");
        const method = (key: string) => one(resources, T.clientCredentials, key).inputs.authenticationMethod;
        expect(method("storefront")).toBe("none");
        expect(["events-portal", "nightly-import", "orders/caller"].map(method)).toEqual(Array(3).fill("client_secret_post"));
    });

    test("the SPA refreshes one token per audience through Multi-Resource Refresh Token policies", () => {
        const policies = (one(resources, T.client, "storefront").inputs.refreshToken as { policies: { audience: string }[] }).policies;
        expect(policies.map((p) => p.audience).sort()).toEqual(
            ["https://catalog.dev.example.com", "https://orders.dev.example.com", "https://reviews.dev.example.com"],
        );
        const tokenRequests = (one(resources, T.stack, "auth0-topology-dev").outputs!.clients as Record<string, { tokenRequests: unknown[] }>)
            .storefront!.tokenRequests;
        expect(tokenRequests).toHaveLength(4);
    });

    test("development: nothing protected", () => {
        expect(resources.filter((r) => r.protect)).toEqual([]);
        expect(one(resources, T.tenant, "tenant").inputs.environment).toBe("development");
    });
});

describe("the program, other stacks and configurations", () => {
    test("index.ts exports it as the function Pulumi runs, on ./topology.yaml", async () => {
        jest.spyOn(process, "cwd").mockReturnValue(ROOT);
        const resources = await runUnderMocks(program, { stack: "dev", config: stackConfig("dev") });
        jest.restoreAllMocks();
        expect(ofType(resources, T.tenant)).toHaveLength(1);
        expect(one(resources, T.resourceServer, "catalog").inputs.identifier).toBe("https://catalog.dev.example.com");
    });

    test("production protects resource servers and clients", async () => {
        const resources = await runProgramUnderMocks({ topologyFile: TOPOLOGY, stack: "prod", config: stackConfig("prod") });
        const protectedTypes = new Set(resources.filter((r) => r.protect).map((r) => r.type));
        expect([...protectedTypes].sort()).toEqual([T.client, T.resourceServer]);
        expect(resources.filter((r) => r.protect)).toHaveLength(ofType(resources, T.client).length + ofType(resources, T.resourceServer).length);
        expect(one(resources, T.tenant, "tenant").inputs.environment).toBe("production");
    });

    test("the stack's Pulumi configuration wins over Pulumi.<stack>.yaml", async () => {
        const config = { ...stackConfig("dev"), "auth0:domain": "other.us.auth0.com", "auth0-topology:vars": JSON.stringify({ domainSuffix: "test.example.org", appOrigin: "https://t.example.org" }) };
        const resources = await runProgramUnderMocks({ topologyFile: TOPOLOGY, stack: "dev", config });
        expect(one(resources, T.clientGrant, "storefront/auth0-management/user").inputs.audience).toBe("https://other.us.auth0.com/api/v2/");
        expect(one(resources, T.resourceServer, "catalog").inputs.identifier).toBe("https://catalog.test.example.org");
    });
});

describe("the program refuses a topology with errors", () => {
    let dir: string;
    beforeAll(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "builder-"));
        fs.writeFileSync(path.join(dir, "Pulumi.dev.yaml"), "config:\n  auth0:domain: broken.eu.auth0.com\n");
    });
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    function write(text: string): string {
        const file = path.join(dir, "topology.yaml");
        fs.writeFileSync(file, text);
        return file;
    }

    test("with the checker's own text, before registering any resource", async () => {
        const file = write(["version: 1", "apps:", "  web:", "    type: spa", "    access:", "      billing: [read:invoices]", ""].join("\n"));
        const { findings } = checkTopology({ file, stack: "dev", projectDir: dir });
        expect(findings.some((f) => f.rule === "unknown-api" && f.severity === "error")).toBe(true);

        const err = await failure(runProgramUnderMocks({ topologyFile: file, stack: "dev", config: {} }));
        expect(pulumi.RunError.isInstance(err.cause)).toBe(true);
        expect(err.message).toBe(formatText({ findings, summary: summarize(findings) }, { color: false }));
        expect(err.message).toContain(`${file}:6:`);
        expect(err.resources.map((r) => r.type)).toEqual([T.stack]);
    });

    test("a schema error stops it the same way", async () => {
        const file = write("version: 1\napis:\n  a:\n    identifer: https://a.example.com\n");
        const err = await failure(runProgramUnderMocks({ topologyFile: file, stack: "dev", config: {} }));
        expect(pulumi.RunError.isInstance(err.cause)).toBe(true);
        expect(err.message).toContain("schema");
        expect(err.resources.map((r) => r.type)).toEqual([T.stack]);
    });

    test("a stack without its settings file: a one-line RunError", async () => {
        const file = write("version: 1\n");
        const err = await failure(runProgramUnderMocks({ topologyFile: file, stack: "staging", config: {} }));
        expect(pulumi.RunError.isInstance(err.cause)).toBe(true);
        expect(err.message).toContain("Pulumi.staging.yaml");
    });

    test("an unknown environment in the configuration", async () => {
        const file = write("version: 1\n");
        const err = await failure(runProgramUnderMocks({ topologyFile: file, stack: "dev", config: { "auth0-topology:environment": "prod" } }));
        expect(pulumi.RunError.isInstance(err.cause)).toBe(true);
        expect(err.message).toMatch(/auth0-topology:environment is 'prod'; set one of production, development/);
    });
});

describe("a stack whose provider calls a custom domain", () => {
    let dir: string;
    beforeAll(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "custom-domain-"));
        fs.writeFileSync(path.join(dir, "topology.yaml"), "version: 1\napps:\n  admin:\n    type: m2m\n    access: { auth0-management: [read:clients] }\n");
        fs.writeFileSync(
            path.join(dir, "Pulumi.prod.yaml"),
            "config:\n  auth0:domain: login.example.com\n  auth0-topology:tenantDomain: example.eu.auth0.com\n  auth0-topology:environment: production\n",
        );
    });
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    test("names the Management API by the tenant's canonical domain, in the checker and in the program", async () => {
        const canonical = "https://example.eu.auth0.com/api/v2/";
        const { model } = checkTopology({ file: path.join(dir, "topology.yaml"), stack: "prod", projectDir: dir });
        expect(model!.apis.find((a) => a.kind === "management")!.identifier).toBe(canonical);
        const settings = readStackSettings(dir, "prod");
        expect(settings).toMatchObject({ domain: "login.example.com", tenantDomain: "example.eu.auth0.com" });
        const config = programConfig(settings, { vars: {} });
        const resources = await runProgramUnderMocks({ topologyFile: path.join(dir, "topology.yaml"), stack: "prod", config });
        expect(one(resources, T.clientGrant, "admin/auth0-management/client").inputs.audience).toBe(canonical);
    });
});
