// The builder and the pack agree on every field: a model built into resources by the Tenant
// component under preview mocks reads back as the same model (independent of the topology loader).
import { managementApi } from "../../policies/src/management-api";
import { grantPath, MANAGEMENT_API, type Client, type Grant, type SubjectType, type TenantModel } from "../../policies/src/model";
import { readResources } from "../../policies/src/pack/from-resources";
import { api, caller, client, grant, refreshToken, role, tenant } from "../../policies/src/testing/factory";
import { packResources } from "../../topology/analyzer/registered";
import { runUnderMocks } from "../../topology/build/under-mocks";
import { Tenant } from "../../topology/build/tenant";

function grantOf(c: Client, apiKey: string, scopes: string[], subjectType: SubjectType, over: Partial<Grant> = {}): Grant {
    return grant(c.key, apiKey, scopes, { subjectType, source: { path: grantPath(c, apiKey, subjectType) }, ...over });
}

function richModel(): TenantModel {
    const shop = client("shop", "spa", {
        name: "Shop",
        callbacks: ["https://shop.example.com/callback"],
        logoutUrls: ["https://shop.example.com"],
        webOrigins: ["https://shop.example.com"],
        refreshToken: refreshToken({ policies: [{ audience: "https://catalog.example.com", scopes: ["read:products"] }] }),
        formerKeys: ["storefront"],
    });
    const admin = client("admin", "web", { description: "Back office", callbacks: ["https://admin.example.com/callback"], grantTypes: ["authorization_code", "client_credentials"] });
    const sync = client("sync", "m2m");
    const partner = client("partner", "web", { firstParty: false, thirdPartySecurityMode: "strict", grantTypes: ["authorization_code"], callbacks: ["https://partner.example.org/callback"] });
    const legacyPartner = client("legacy-partner", "spa", { firstParty: false, thirdPartySecurityMode: "permissive", grantTypes: ["authorization_code"], logoutUrls: ["https://legacy.example.org"] });
    const catalogCaller = caller("catalog");
    return tenant({
        environment: "production",
        plan: "enterprise",
        maxAudiences: 3,
        apis: [
            api("catalog", { scopeValues: ["read:products", "write:products"], offlineAccess: true, userAccess: "allow_all", tokenLifetime: 3600, formerKeys: ["products"] }),
            api("inventory", { scopeValues: ["read:stock"], rbac: false, permissionsInToken: false, clientAccess: "deny_all", signingAlg: "HS256", skipConsentForFirstParty: false, tokenLifetime: 600 }),
            api("ledger", { kind: "external", identifier: "https://ledger.partner.example", name: "Ledger", scopeValues: ["read:ledger"] }),
            managementApi("https://acme.eu.auth0.com/api/v2/"),
        ],
        clients: [shop, admin, sync, catalogCaller, partner, legacyPartner],
        grants: [
            grantOf(shop, "catalog", ["read:products"], "user"),
            grantOf(shop, MANAGEMENT_API, ["read:current_user"], "user"),
            grantOf(admin, "catalog", ["read:products"], "user"),
            grantOf(admin, "inventory", ["read:stock"], "client"),
            grantOf(sync, "catalog", [], "client", { allowAllScopes: true }),
            grantOf(catalogCaller, "inventory", ["read:stock"], "client"),
            grantOf(sync, "ledger", ["read:ledger"], "client"),
        ],
        roles: [role("merchandiser", { catalog: ["read:products", "write:products"], ledger: ["read:ledger"] }, { name: "Merchandiser", description: "Maintains the catalog" }), role("auditor", {})],
        waivers: [{ rule: "user-access-allow-all", target: "apis.catalog", reason: "public catalog", source: { path: "waivers.0" } }],
    });
}

/** Provenance differs (a file path vs a URN); everything else must round-trip. */
function withoutUrns(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(withoutUrns);
    if (typeof value !== "object" || value === null) return value;
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== "urn").map(([k, v]) => [k, withoutUrns(v)]));
}

it("reads back the model the Tenant component was built from", async () => {
    const model = richModel();
    const registered = await runUnderMocks(async () => new Tenant("tenant", model).outputs, { stack: "dev", config: {} });
    const { model: rebuilt, diagnostics } = readResources(packResources(registered));
    expect(diagnostics).toEqual([]);
    const sortBy = <T>(items: T[], key: (item: T) => string) => [...items].sort((a, b) => key(a).localeCompare(key(b)));
    const normal = (m: TenantModel) =>
        withoutUrns({
            ...m,
            apis: sortBy(m.apis, (a) => a.key),
            // Only a stack has a separate place for the auth method; checked below.
            clients: sortBy(m.clients, (c) => c.key).map((c) => ({ ...c, authMethodSource: undefined })),
            grants: sortBy(m.grants, (g) => g.source.path),
        });
    expect(normal(rebuilt)).toEqual(normal(model));
    // Elements of the stack carry their resource's URN, for the violations.
    expect(rebuilt.grants.every((g) => g.source.urn?.endsWith(`::${g.client}/${g.api}/${g.subjectType}`))).toBe(true);
    expect(rebuilt.clients.every((c) => c.authMethodSource?.urn?.endsWith(`clientCredentials:ClientCredentials::${c.key}`))).toBe(true);
});
