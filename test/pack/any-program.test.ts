// The pack on programs this project did not write, in process: every property shape @pulumi/auth0
// has accepted (1.x/2.x inline scopes and permissions, the client's own auth method, grants
// without subjectType), several tenants in one stack, partial ownership, the environment, and the
// planned-output shape of a real preview.
import { ENVIRONMENT_NOTE, analyzeResources, environmentNote } from "../../policies/src/pack/analysis";
import { readResources } from "../../policies/src/pack/from-resources";
import type { PackResource } from "../../policies/src/pack/resource";
import { plainValue } from "../../policies/src/pack/plain";
import type { StackResource } from "../../topology/analyzer";
import * as shapes from "./stacks-any";

const plain = (resources: StackResource[]): PackResource[] =>
    resources.map((r) => ({ ...r, props: plainValue(r.props) as Record<string, unknown>, ...(r.provider ? { provider: { urn: r.provider.urn, props: r.provider.props } } : {}) }));

const rulesOf = (resources: PackResource[], config = {}) => analyzeResources(resources, config).findings.map((f) => `${f.rule} ${f.severity} ${f.path}`).sort();

describe("@pulumi/auth0 1.x and 2.x shapes", () => {
    it("reads scopes declared inline on the resource server, and a grant to them is not unknown-scope", () => {
        const { model, diagnostics } = readResources(plain(shapes.generation1()));
        expect(diagnostics).toEqual([]);
        expect(model.apis.find((a) => a.key === "inventory")!.scopes.map((s) => s.value)).toEqual(["read:stock", "write:stock"]);
        expect(rulesOf(plain(shapes.generation1())).filter((r) => r.startsWith("unknown-scope") || r.startsWith("unused-api"))).toEqual([]);
    });

    it("reads role permissions declared inline, linked to their API", () => {
        const { model } = readResources(plain(shapes.generation1()));
        expect(model.roles.find((r) => r.key === "stock-keeper")!.permissions).toEqual([{ api: "inventory", scope: "write:stock" }]);
    });

    it("takes the token endpoint auth method a 1.x client sets itself", () => {
        const { model } = readResources(plain(shapes.generation1()));
        expect(model.clients.find((c) => c.key === "warehouse-ui")).toMatchObject({ type: "spa", authMethod: "client_secret_post" });
        expect(rulesOf(plain(shapes.generation1()))).toContain("public-client-auth-method error apps.warehouse-ui");
    });

    it("reads a grant without subjectType as a client-credentials grant", () => {
        const { model } = readResources(plain(shapes.generation1()));
        expect(model.grants.find((g) => g.client === "restocker")).toMatchObject({ api: "inventory", subjectType: "client" });
    });

    it("reads the singular ResourceServerScope and RolePermission of 2.x", () => {
        const { model, diagnostics } = readResources(plain(shapes.generation2Singular()));
        expect(diagnostics).toEqual([]);
        expect(model.apis.find((a) => a.key === "tickets")!.scopes.map((s) => s.value)).toEqual(["read:tickets"]);
        expect(model.roles[0]!.permissions).toEqual([{ api: "tickets", scope: "read:tickets" }]);
    });

    it("reports Rules and Hooks, which reached end of life", () => {
        expect(rulesOf(plain(shapes.generation1())).filter((r) => r.startsWith("legacy-extensibility"))).toEqual([
            "legacy-extensibility error hooks.post-register",
            "legacy-extensibility error rules.add-roles",
        ]);
    });
});

describe("several tenants in one stack", () => {
    it("builds one model per provider: the same names on two tenants are no duplicates", () => {
        const { tenants, findings } = analyzeResources(plain(shapes.twoTenants()));
        expect(tenants.map((t) => t.label)).toEqual(["acme-staging.eu.auth0.com", "acme-prod.eu.auth0.com"]);
        expect(findings.filter((f) => f.rule === "duplicate-identifier" || f.rule === "duplicate-name")).toEqual([]);
        // Each tenant's Management API comes from its own domain.
        for (const t of tenants) expect(t.model.apis.find((a) => a.kind === "management")!.identifier).toBe(`https://${t.label}/api/v2/`);
    });

    it("checks each tenant as the environment its domain says, and says why", () => {
        const { tenants } = analyzeResources(plain(shapes.twoTenants()));
        expect(tenants.map((t) => t.model.environment)).toEqual(["development", "production"]);
        const note = environmentNote(tenants[1]!);
        expect(note).toMatch(ENVIRONMENT_NOTE);
        expect(note).toContain(`the tenant's name "acme-prod.eu.auth0.com"`);
        // localhost callbacks are an error in production only: on the production tenant's copy of the app.
        const localhost = tenants.map((t) => t.findings.filter((f) => f.rule === "callback-localhost-in-production").length);
        expect(localhost).toEqual([0, 1]);
    });
});

describe("the environment", () => {
    // A tenant domain that says nothing, so that the stack name decides.
    const stack = (name: string) =>
        plain(shapes.generation1()).map((r) => ({ ...r, urn: r.urn.replace("urn:pulumi:dev::", `urn:pulumi:${name}::`), provider: { urn: r.provider!.urn, props: { domain: "warehouse.eu.auth0.com" } } }));
    const environmentOf = (resources: PackResource[], config = {}, stackConfig: Record<string, string> = {}) =>
        analyzeResources(resources, config, undefined, { config: stackConfig }).tenants[0]!.environment;

    it.each([
        ["prod", "production"],
        ["production-eu", "production"],
        ["acme-prd", "production"],
        ["staging", "development"],
        ["dev", "development"],
        ["product-catalog", "development"],
    ])("from the stack name %s: %s", (name, expected) => {
        expect(environmentOf(stack(name)).environment).toBe(expected);
    });

    it("takes the tenant's domain over the stack name", () => {
        expect(environmentOf(plain(shapes.generation1()).map((r) => ({ ...r, urn: r.urn.replace("urn:pulumi:dev::", "urn:pulumi:prod::") }))).reason).toBe(
            'the tenant\'s name "warehouse-dev.eu.auth0.com"',
        );
    });

    it("prefers the pack's config, then the stack's config, and says which", () => {
        expect(environmentOf(stack("dev"), {}, { "auth0-topology:environment": "production" })).toEqual({ environment: "production", reason: "stack config auth0-topology:environment" });
        expect(environmentOf(stack("dev"), {}, { "shop:env": "prod" })).toEqual({ environment: "production", reason: 'stack config shop:env: "prod"' });
        expect(environmentOf(stack("prod"), { environment: "development" }, {}).reason).toBe("the tenant-model policy's config");
    });
});

describe("a stack that manages part of a tenant", () => {
    it("warns about a grant to an audience it does not create, naming it; owning the tenant makes it an error", () => {
        const partial = plain(shapes.partialOwnership());
        expect(rulesOf(partial).filter((r) => r.startsWith("unknown-"))).toEqual(['unknown-api warning apps.reporter.access["https://billing.acme.example"]']);
        expect(rulesOf(partial, { ownsTenant: true }).filter((r) => r.startsWith("unknown-"))).toEqual(['unknown-api error apps.reporter.access["https://billing.acme.example"]']);
    });
});

describe("the planned-output shape of `pulumi preview`", () => {
    it("gives the same findings as the inputs, with no diagnostic about what the provider computes", () => {
        for (const stack of [shapes.generation1(), shapes.generation2Singular(), shapes.twoTenants(), shapes.partialOwnership()]) {
            const inputs = analyzeResources(plain(stack));
            const planned = analyzeResources(plain(shapes.plannedOutputs(stack)));
            expect(planned.findings.map((f) => `${f.rule} ${f.urn}`).sort()).toEqual(inputs.findings.map((f) => `${f.rule} ${f.urn}`).sort());
            expect(planned.diagnostics).toEqual(inputs.diagnostics);
        }
    });
});
