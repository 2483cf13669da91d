// modelFromResources on hand-written stacks: linking through property dependencies while ids are
// unknown, recognising the Management API, and malformed resources.
import { MANAGEMENT_API } from "../../policies/src/model";
import { modelFromResources, readResources } from "../../policies/src/pack/from-resources";
import { UNKNOWN } from "../../policies/src/pack/resource";
import { TENANT_COMPONENT_TYPE } from "../../policies/src/tenant-component";
import { api, client, coherentStack, DOMAIN, grant, resource, SPA, urn } from "./stacks";

describe("linking", () => {
    it("links grants and credentials to clients through property dependencies while client ids are unknown", () => {
        const { model, diagnostics } = readResources(coherentStack());
        expect(diagnostics).toEqual([]);
        expect(model.grants.map((g) => [g.client, g.api, g.subjectType, g.source.path])).toEqual([
            ["storefront", "orders", "user", "apps.storefront.access.orders"],
            ["fulfilment", "orders", "client", "apps.fulfilment.access.orders"],
        ]);
        const byKey = new Map(model.clients.map((c) => [c.key, c]));
        expect(byKey.get("storefront")).toMatchObject({ type: "spa", authMethod: "none", source: { urn: urn("auth0:index/client:Client", "storefront") } });
        expect(byKey.get("fulfilment")).toMatchObject({ type: "m2m", authMethod: "client_secret_post" });
    });

    it("links through a literal client id matching a deployed client's state, and keeps an unknown id as written", () => {
        const [deployed] = client("deployed", { appType: "non_interactive", clientId: "abc123" }, "client_secret_post");
        const orders = api("orders", "https://orders.example.com", ["read:orders"]);
        const literal = resource("clientGrant", "g1", { clientId: "abc123", audience: "https://orders.example.com", scopes: ["read:orders"] });
        const foreign = resource("clientGrant", "g2", { clientId: "zzz999", audience: "https://orders.example.com", scopes: ["read:orders"] });
        const model = modelFromResources([...orders, deployed!, literal, foreign]);
        expect(model.grants.map((g) => [g.client, g.subjectType])).toEqual([
            ["deployed", "client"],
            ["zzz999", "client"],
        ]);
    });

    it("links scopes and grants to a resource server through property dependencies when the identifier is unknown", () => {
        const [server] = api("orders", "https://orders.example.com", []);
        const scopes = resource("resourceServerScopes", "orders", { resourceServerIdentifier: UNKNOWN, scopes: [{ name: "read:orders" }] }, { resourceServerIdentifier: [server!.urn] });
        const g = grant("g", "svc", UNKNOWN as unknown as string, ["read:orders"], "client", server!.urn);
        const model = modelFromResources([server!, scopes, ...client("svc", { appType: "non_interactive" }, "client_secret_post"), g]);
        expect(model.apis.find((a) => a.key === "orders")!.scopes.map((s) => [s.value, s.source.path])).toEqual([["read:orders", "apis.orders.scopes.read:orders"]]);
        expect(model.grants[0]).toMatchObject({ client: "svc", api: "orders" });
    });

    it("names an API's machine client '<api>/caller' as that API's caller", () => {
        const orders = api("orders", "https://orders.example.com", []);
        const billing = api("billing", "https://billing.example.com", ["charge"]);
        const caller = client("orders/caller", { appType: "non_interactive" }, "client_secret_post");
        const g = grant("orders/caller/billing/client", "orders/caller", "https://billing.example.com", ["charge"], "client", billing[0]!.urn);
        const model = modelFromResources([...orders, ...billing, ...caller, g]);
        expect(model.clients[0]).toMatchObject({ purpose: "api-caller", callerOf: "orders", source: { path: "apis.orders.calls" } });
        expect(model.grants[0]!.source.path).toBe("apis.orders.calls.billing");
    });

    it("links role permissions to their role through property dependencies", () => {
        const orders = api("orders", "https://orders.example.com", ["read:orders"]);
        const role = resource("role", "clerk", { name: "Clerk" });
        const perms = resource("rolePermissions", "clerk", { roleId: UNKNOWN, permissions: [{ name: "read:orders", resourceServerIdentifier: "https://orders.example.com" }] }, { roleId: [role.urn] });
        const model = modelFromResources([...orders, role, perms]);
        expect(model.roles).toEqual([expect.objectContaining({ key: "clerk", name: "Clerk", permissions: [{ api: "orders", scope: "read:orders" }] })]);
    });
});

describe("the Management API", () => {
    const spa = client("spa", SPA, "none");
    const managementGrant = (audience: string) => grant("m", "spa", audience, ["read:current_user"], "user");

    it.each([
        ["the provider's domain", `https://${DOMAIN}/api/v2/`, {}],
        ["any <tenant>.auth0.com tenant", "https://other-tenant.us.auth0.com/api/v2/", {}],
        ["the configured domain", "https://login.acme.example/api/v2/", { domain: "login.acme.example" }],
    ])("is recognised from %s", (_name, audience, config) => {
        const model = modelFromResources([...spa, managementGrant(audience)], config);
        expect(model.grants[0]!.api).toBe(MANAGEMENT_API);
        expect(model.grants[0]!.source.path).toBe(`apps.spa.access.${MANAGEMENT_API}`);
    });

    it("is always in the model, with the configured domain as identifier", () => {
        const model = modelFromResources([], { domain: "acme.eu.auth0.com" });
        expect(model.apis).toEqual([expect.objectContaining({ key: MANAGEMENT_API, kind: "management", identifier: "https://acme.eu.auth0.com/api/v2/" })]);
    });

    it("keeps any other audience as written, for unknown-api", () => {
        const model = modelFromResources([...spa, managementGrant("https://login.acme.example/api/v2/")]);
        expect(model.grants[0]!.api).toBe("https://login.acme.example/api/v2/");
    });
});

describe("paths", () => {
    it("bracket resource names and audiences that hold a dot, so that they read back as one segment", () => {
        const orders = api("orders.v2", "https://orders.example.com", ["read:orders"]);
        const stack = [...orders, ...client("shop.web", SPA, "none"), grant("g", "shop.web", "https://partner.example.com", ["read:deals"], "user")];
        const model = modelFromResources(stack);
        expect(model.apis.find((a) => a.identifier === "https://orders.example.com")?.source.path).toBe('apis["orders.v2"]');
        expect(model.clients.find((c) => c.key === "shop.web")?.source.path).toBe('apps["shop.web"]');
        expect(model.grants.map((g) => g.source.path)).toEqual(['apps["shop.web"].access["https://partner.example.com"]']);
    });
});

describe("the Tenant component and the pack config", () => {
    const tenant = (props: Record<string, unknown>) => ({ urn: urn(TENANT_COMPONENT_TYPE, "t"), type: TENANT_COMPONENT_TYPE, name: "t", props, propertyDependencies: {} });

    it("reads environment, plan, maxAudiences, waivers and external APIs; the config overrides them", () => {
        const t = tenant({
            environment: "production",
            plan: "free",
            maxAudiences: 2,
            waivers: [{ rule: "unused-api", target: "apis.ledger", reason: "R-1" }],
            externalApis: [{ key: "ledger", identifier: "https://ledger.partner.example", name: "Ledger", scopes: [{ value: "read:ledger", description: "Read" }] }],
        });
        const model = modelFromResources([t]);
        expect(model).toMatchObject({ environment: "production", plan: "free", maxAudiences: 2 });
        expect(model.waivers).toEqual([{ rule: "unused-api", target: "apis.ledger", reason: "R-1", source: { path: "waivers.0", urn: t.urn } }]);
        expect(model.apis.find((a) => a.key === "ledger")).toMatchObject({ kind: "external", scopes: [{ value: "read:ledger" }] });
        expect(modelFromResources([t], { environment: "development", plan: "enterprise" })).toMatchObject({ environment: "development", plan: "enterprise" });
    });

    it("links a grant to an external API by its identifier", () => {
        const model = modelFromResources([...client("svc", { appType: "non_interactive" }, "client_secret_post"), grant("g", "svc", "https://ledger.partner.example", ["read:ledger"], "client")], {
            externalApis: [{ key: "ledger", identifier: "https://ledger.partner.example" }],
        });
        expect(model.grants[0]!.api).toBe("ledger");
    });
});

describe("Auth0's defaults", () => {
    it("apply to a resource server that sets only its identifier, without diagnostics", () => {
        const { model, diagnostics } = readResources([resource("resourceServer", "bare", { identifier: "https://bare.example.com" })]);
        expect(diagnostics).toEqual([]);
        expect(model.apis.find((a) => a.key === "bare")).toMatchObject({ userAccess: "allow_all", clientAccess: "require_grant", rbac: false, signingAlg: "RS256" });
    });
});

describe("malformed resources", () => {
    it("produce diagnostics on their URN, never an exception", () => {
        const broken = [
            resource("resourceServer", "nameless", { name: 42 }),
            resource("client", "odd", { appType: "spa", callbacks: "https://x.example.com", grantTypes: [UNKNOWN, 7], isFirstParty: "yes", refreshToken: [] }),
            resource("clientGrant", "lost", { clientId: UNKNOWN, audience: UNKNOWN }),
            resource("clientGrant", "typo", { clientId: 5, audience: "https://a.example.com", subjectType: "robot" }),
            resource("rolePermissions", "orphan", { roleId: "rol_123", permissions: "all" }),
            resource("resourceServerScopes", "stray", { resourceServerIdentifier: "https://nowhere.example.com", scopes: [{ name: "x" }] }),
            { urn: urn(TENANT_COMPONENT_TYPE, "t"), type: TENANT_COMPONENT_TYPE, name: "t", props: { environment: "staging", waivers: [{ rule: 1 }], externalApis: UNKNOWN }, propertyDependencies: {} },
        ];
        const { model, diagnostics } = readResources(broken);
        for (const r of broken) expect(diagnostics.filter((d) => d.urn === r.urn)).not.toEqual([]);
        const text = diagnostics.map((d) => d.message).join("\n");
        expect(text).toMatch(/'nameless': identifier is missing/);
        expect(text).toMatch(/'odd': callbacks must be a list/);
        expect(text).toMatch(/'odd': grantTypes\[0\] is not known during preview/);
        expect(text).toMatch(/'odd': grantTypes\[1\] must be a string, not number 7/);
        expect(text).toMatch(/'lost': clientId is not known during preview and comes from no client/);
        expect(text).toMatch(/'typo': clientId must be a string/);
        expect(text).toMatch(/'orphan': roleId names no role of this stack/);
        expect(text).toMatch(/'stray': resourceServerIdentifier .* is no resource server of this stack/);
        expect(text).toMatch(/'t': environment must be one of production, development/);
        expect(model.environment).toBe("development");
        expect(model.clients).toEqual([expect.objectContaining({ key: "odd", grantTypes: [], callbacks: [], firstParty: true })]);
        expect(model.grants).toEqual([]);
    });
    it("name a nested property by its path, list indexes included", () => {
        const role = resource("role", "support", {
            name: "support",
            permissions: [{ name: "read:orders", resourceServerIdentifier: "https://orders.example.com" }, "read:everything", { resourceServerIdentifier: "https://orders.example.com" }],
        });
        const spa = resource("client", "web", { appType: "spa", grantTypes: ["refresh_token"], refreshToken: { rotationType: 7 }, jwtConfiguration: { alg: ["RS256"] } });
        const text = readResources([...api("orders", "https://orders.example.com", ["read:orders"]), role, spa]).diagnostics.map((d) => d.message).join("\n");
        expect(text).toMatch(/'support': permissions\[1\] must be an object, not string "read:everything"/);
        expect(text).toMatch(/'support': permissions\[2\]\.name is missing/);
        expect(text).toMatch(/'web': refreshToken\.rotationType must be a string, not number 7/);
        expect(text).toMatch(/'web': jwtConfiguration\.alg must be a string, not a list/);
    });
});
