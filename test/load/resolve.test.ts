// Topology -> TenantModel, per the resolve semantics every front end shares.
import { MANAGEMENT_API, type TenantModel } from "../../policies/src/model";
import { MANAGEMENT_API_SCOPES } from "../../policies/src/management-api";
import { loadTopology } from "../../topology/load";
import { resolveTopology } from "../../topology/resolve";
import { TopologySchema } from "../../topology/schema";

const TEXT = `version: 1
tenant: { plan: enterprise, maxAudiences: 3 }
apis:
  catalog:
    identifier: https://catalog.example.com
    scopes: { read:products: Read, write:products: Write }
    offlineAccess: true
  orders:
    identifier: https://orders.example.com
    name: Orders API
    scopes: { read:orders: Read }
    rbac: false
    formerly: [purchases]
    calls:
      catalog: [read:products]
  ledger:
    external: true
    identifier: https://ledger.partner.example
    scopes: { read:ledger: Read }
apps:
  storefront:
    type: spa
    refreshTokens: true
    access:
      catalog: [read:products]
      orders: [read:orders]
      auth0-management: [read:current_user]
  admin:
    type: web
    description: Back office
    access: { catalog: [write:products] }
    machineAccess: { ledger: [read:ledger] }
  partner:
    type: web
    firstParty: false
    refreshTokens: true
    access: { catalog: [read:products] }
  sync:
    type: m2m
    access: { catalog: [write:products] }
roles:
  merchandiser:
    permissions:
      catalog: [read:products, write:products]
      orders: [read:orders]
waivers:
  - { rule: user-access-allow-all, target: apis.catalog, reason: public catalog }
`;

/** The line that starts with `text` (so the expectations below do not count lines by hand). */
const lineOf = (text: string) => TEXT.split("\n").findIndex((line) => line.startsWith(text)) + 1;

let model: TenantModel;
beforeAll(() => {
    const result = loadTopology({ file: "topology.yaml", text: TEXT, environment: "production" });
    expect(result.findings).toEqual([]);
    model = result.model!;
});

const clientOf = (key: string) => model.clients.find((c) => c.key === key)!;
const grantsOf = (client: string) => model.grants.filter((g) => g.client === client).map((g) => [g.api, g.subjectType, g.scopes, g.source.path]);

describe("resolveTopology", () => {
    it("carries the environment and tenant settings", () => {
        expect([model.environment, model.plan, model.maxAudiences]).toEqual(["production", "enterprise", 3]);
    });

    it("maps APIs with their defaults and always adds the Management API", () => {
        expect(model.apis.map((a) => [a.key, a.kind])).toEqual([
            ["catalog", "managed"],
            ["orders", "managed"],
            ["ledger", "external"],
            [MANAGEMENT_API, "management"],
        ]);
        const orders = model.apis[1];
        expect(orders).toMatchObject({ name: "Orders API", rbac: false, permissionsInToken: false, userAccess: "require_grant", tokenLifetime: 86400, formerKeys: ["purchases"] });
        expect(model.apis[0]).toMatchObject({ name: "catalog", rbac: true, permissionsInToken: true, offlineAccess: true });
        const management = model.apis[3];
        expect(management.identifier).toBe("https://{tenant}.auth0.com/api/v2/");
        expect(management.scopes.map((s) => s.value)).toEqual(MANAGEMENT_API_SCOPES);
    });

    it("names the Management API's audience from the stack's domain", () => {
        const topology = TopologySchema.parse({ version: 1 });
        const resolved = resolveTopology(topology, { environment: "development", domain: "shop.eu.auth0.com" });
        expect(resolved.apis.map((a) => a.identifier)).toEqual(["https://shop.eu.auth0.com/api/v2/"]);
    });

    it("derives grant types and token endpoint authentication from the app type", () => {
        expect(["storefront", "admin", "partner", "sync"].map((k) => [k, clientOf(k).grantTypes, clientOf(k).authMethod])).toEqual([
            ["storefront", ["authorization_code", "refresh_token"], "none"],
            ["admin", ["authorization_code", "client_credentials"], "client_secret_post"],
            ["partner", ["authorization_code", "refresh_token"], "client_secret_post"],
            ["sync", ["client_credentials"], "client_secret_post"],
        ]);
        expect(clientOf("admin")).toMatchObject({ description: "Back office", oidcConformant: true, idTokenSigningAlg: "RS256", refreshToken: null });
    });

    it("gives first-party apps one refresh token policy per offline-capable user API, never the Management API", () => {
        expect(clientOf("storefront").refreshToken).toEqual({
            rotation: "rotating",
            expiration: "expiring",
            tokenLifetime: 2592000,
            idleTokenLifetime: 1296000,
            policies: [{ audience: "https://catalog.example.com", scopes: ["read:products"] }],
        });
        expect(clientOf("partner").refreshToken?.policies).toEqual([]);
    });

    it("makes user grants for interactive apps and client grants for machine access", () => {
        expect(grantsOf("storefront")).toEqual([
            ["catalog", "user", ["read:products"], "apps.storefront.access.catalog"],
            ["orders", "user", ["read:orders"], "apps.storefront.access.orders"],
            [MANAGEMENT_API, "user", ["read:current_user"], "apps.storefront.access.auth0-management"],
        ]);
        expect(grantsOf("admin")).toEqual([
            ["catalog", "user", ["write:products"], "apps.admin.access.catalog"],
            ["ledger", "client", ["read:ledger"], "apps.admin.machineAccess.ledger"],
        ]);
        expect(grantsOf("sync")).toEqual([["catalog", "client", ["write:products"], "apps.sync.access.catalog"]]);
    });

    it("gives an API that calls others its own machine client with client grants", () => {
        expect(clientOf("orders/caller")).toMatchObject({
            type: "m2m",
            purpose: "api-caller",
            callerOf: "orders",
            name: "Orders API (caller)",
            grantTypes: ["client_credentials"],
            formerKeys: ["purchases/caller"],
            source: { path: "apis.orders.calls" },
        });
        expect(grantsOf("orders/caller")).toEqual([["catalog", "client", ["read:products"], "apis.orders.calls.catalog"]]);
    });

    it("flattens role permissions and keeps waivers", () => {
        expect(model.roles).toEqual([
            expect.objectContaining({
                key: "merchandiser",
                name: "merchandiser",
                description: "",
                permissions: [
                    { api: "catalog", scope: "read:products" },
                    { api: "catalog", scope: "write:products" },
                    { api: "orders", scope: "read:orders" },
                ],
            }),
        ]);
        expect(model.waivers).toEqual([expect.objectContaining({ rule: "user-access-allow-all", target: "apis.catalog", source: expect.objectContaining({ path: "waivers.0", line: lineOf("  - { rule"), column: 5 }) })]);
    });

    it("points every element at its line in the file", () => {
        const { path, file, line, column } = model.apis[1].source;
        expect({ path, file, line, column }).toEqual({ path: "apis.orders", file: "topology.yaml", line: lineOf("  orders:"), column: 3 });
        expect(model.apis[0].scopes[1].source).toMatchObject({ path: "apis.catalog.scopes.write:products", line: lineOf("    scopes: { read:products"), column: 36 });
        expect(model.grants.find((g) => g.source.path === "apis.orders.calls.catalog")?.source).toMatchObject({ line: lineOf("      catalog: [read:products]"), column: 7 });
        expect(clientOf("sync").source).toMatchObject({ line: lineOf("  sync:"), column: 3 });
    });

    it("keeps an undeclared API key as written, for unknown-api to report", () => {
        const { model: m } = loadTopology({ file: "t.yaml", text: "version: 1\napps:\n  s:\n    type: spa\n    access: { catlog: [read] }\n" });
        expect(m?.grants.map((g) => g.api)).toEqual(["catlog"]);
    });
});
