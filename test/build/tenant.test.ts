// The Tenant component under Pulumi's mocks (preview unless stated): which resources it registers,
// with which inputs, options and property dependencies.
import * as auth0 from "@pulumi/auth0";
import * as pulumi from "@pulumi/pulumi";
import type { TenantModel } from "../../policies/src/model";
import { Tenant } from "../../topology/build/tenant";
import { runUnderMocks, type MockRunSettings, type RegisteredResource } from "../../topology/build/under-mocks";
import { fixtureModel, MANAGEMENT_IDENTIFIER } from "./fixture";
import { names, ofType, one, T } from "./resources";

const UNKNOWN = pulumi.runtime.unknownValue;

function build(model: TenantModel, settings: Partial<MockRunSettings> = {}): Promise<RegisteredResource[]> {
    return runUnderMocks(async () => ({ ...new Tenant("tenant", model).outputs }), { stack: "dev", config: {}, ...settings });
}

function isSecretValue(value: unknown): value is { value: unknown } {
    return typeof value === "object" && value !== null && (value as Record<string, unknown>)[pulumi.runtime.specialSigKey] === pulumi.runtime.specialSecretSig;
}

describe("Tenant under mocks (preview)", () => {
    let resources: RegisteredResource[];
    beforeAll(async () => {
        resources = await build(fixtureModel());
    });
    const urnOf = (type: string, name: string) => one(resources, type, name).urn;

    test("registers the minimum set: per managed API one server and one scopes resource, none for external or management APIs", () => {
        expect(names(resources, T.resourceServer)).toEqual(["catalog", "inventory"]);
        expect(names(resources, T.resourceServerScopes)).toEqual(["catalog", "inventory"]);
        expect(names(resources, T.client)).toEqual(["admin", "catalog/caller", "mobile", "storefront", "sync"]);
        expect(names(resources, T.clientCredentials)).toEqual(["admin", "catalog/caller", "mobile", "storefront", "sync"]);
        expect(names(resources, T.role)).toEqual(["merch", "viewer"]);
        // A role without permissions gets no RolePermissions: the provider would never finish creating one.
        expect(names(resources, T.rolePermissions)).toEqual(["merch"]);
        const known = new Set<string>(Object.values(T));
        expect(resources.filter((r) => !known.has(r.type))).toEqual([]);
        expect(ofType(resources, T.stack)).toHaveLength(1);
        expect(ofType(resources, T.tenant)).toHaveLength(1);
    });

    test("every resource is a child of the Tenant, which is a child of the stack", () => {
        const tenant = one(resources, T.tenant, "tenant");
        expect(tenant.parent).toBe(one(resources, T.stack, "auth0-topology-dev").urn);
        for (const r of resources.filter((r) => r.custom)) expect(r.parent).toBe(tenant.urn);
        expect(tenant.urn).toBe("urn:pulumi:dev::auth0-topology::auth0-topology:index:Tenant::tenant");
        expect(urnOf(T.client, "storefront")).toBe(
            "urn:pulumi:dev::auth0-topology::auth0-topology:index:Tenant$auth0:index/client:Client::storefront",
        );
    });

    test("one scopes resource holds all of an API's scopes, linked to its server by a property dependency", () => {
        const scopes = one(resources, T.resourceServerScopes, "catalog");
        expect(scopes.inputs).toEqual({
            resourceServerIdentifier: "https://catalog.example.com",
            scopes: [
                { name: "read:products", description: "read:products" },
                { name: "write:products", description: "write:products" },
            ],
        });
        expect(scopes.propertyDependencies.resourceServerIdentifier).toEqual([urnOf(T.resourceServer, "catalog")]);
    });

    test("resource servers carry the API's settings in Auth0's spelling", () => {
        expect(one(resources, T.resourceServer, "catalog").inputs).toEqual({
            identifier: "https://catalog.example.com",
            name: "catalog",
            signingAlg: "RS256",
            tokenLifetime: 86400,
            tokenLifetimeForWeb: 7200,
            allowOfflineAccess: true,
            enforcePolicies: true,
            tokenDialect: "access_token_authz",
            skipConsentForVerifiableFirstPartyClients: true,
            subjectTypeAuthorization: { user: { policy: "require_client_grant" }, client: { policy: "require_client_grant" } },
        });
        expect(one(resources, T.resourceServer, "inventory").inputs).toMatchObject({
            enforcePolicies: false,
            tokenDialect: "access_token",
            tokenLifetime: 600,
            // Auth0's default 7200 would exceed the lifetime: set to it explicitly.
            tokenLifetimeForWeb: 600,
            signingAlg: "PS256",
            skipConsentForVerifiableFirstPartyClients: false,
            subjectTypeAuthorization: { user: { policy: "allow_all" }, client: { policy: "deny_all" } },
        });
    });

    test("one client grant per (client, API, subject type), subject type always explicit", () => {
        expect(names(resources, T.clientGrant)).toEqual([
            "admin/catalog/user",
            "admin/inventory/client",
            "catalog/caller/inventory/client",
            "mobile/catalog/user",
            "storefront/auth0-management/user",
            "storefront/catalog/user",
            "storefront/ledger/user",
            "sync/catalog/client",
        ]);
        for (const g of ofType(resources, T.clientGrant)) {
            expect(g.inputs.subjectType).toBe(g.name.split("/").pop());
        }
    });

    test("a grant to a managed API takes the created client's id and the identifier as written, after the API's scopes", () => {
        const g = one(resources, T.clientGrant, "storefront/catalog/user");
        expect(g.inputs).toEqual({
            clientId: UNKNOWN,
            audience: "https://catalog.example.com",
            subjectType: "user",
            scopes: ["read:products"],
        });
        expect(g.propertyDependencies.clientId).toEqual([urnOf(T.client, "storefront")]);
        // Auth0 checks a grant's scopes against the server's: create the scopes first. They follow the
        // server (their resourceServerIdentifier depends on it), so the grant does too.
        expect(g.dependencies).toContain(urnOf(T.resourceServerScopes, "catalog"));
        const scopes = one(resources, T.resourceServerScopes, "catalog");
        expect(scopes.propertyDependencies.resourceServerIdentifier).toEqual([urnOf(T.resourceServer, "catalog")]);
    });

    test("grants to external APIs and the Management API use the identifier as written", () => {
        const ledger = one(resources, T.clientGrant, "storefront/ledger/user");
        expect(ledger.inputs.audience).toBe("https://ledger.partner.example");
        expect(ledger.propertyDependencies.audience).toEqual([]);
        const management = one(resources, T.clientGrant, "storefront/auth0-management/user");
        expect(management.inputs).toMatchObject({ audience: MANAGEMENT_IDENTIFIER, scopes: ["read:current_user"], subjectType: "user" });
        const machine = one(resources, T.clientGrant, "catalog/caller/inventory/client");
        expect(machine.inputs).toMatchObject({ scopes: ["read:stock"], subjectType: "client" });
        expect(machine.propertyDependencies.clientId).toEqual([urnOf(T.client, "catalog/caller")]);
    });

    test("an allow-all-scopes grant sends allowAllScopes and no scope list", () => {
        const g = one(resources, T.clientGrant, "sync/catalog/client");
        expect(g.inputs.allowAllScopes).toBe(true);
        expect(g.inputs).not.toHaveProperty("scopes");
    });

    test("clients map type, party, flows, URLs and signing", () => {
        expect(one(resources, T.client, "storefront").inputs).toMatchObject({
            name: "Storefront",
            appType: "spa",
            isFirstParty: true,
            grantTypes: ["authorization_code", "refresh_token"],
            callbacks: ["https://shop.example.com/callback"],
            allowedLogoutUrls: ["https://shop.example.com"],
            webOrigins: ["https://shop.example.com"],
            allowedOrigins: ["https://shop.example.com"],
            oidcConformant: true,
            jwtConfiguration: { alg: "RS256" },
        });
        expect(one(resources, T.client, "mobile").inputs).toMatchObject({ appType: "native", isFirstParty: false });
        expect(one(resources, T.client, "admin").inputs).toMatchObject({ appType: "regular_web", description: "Back office" });
        expect(one(resources, T.client, "sync").inputs).toMatchObject({ appType: "non_interactive", grantTypes: ["client_credentials"] });
        expect(one(resources, T.client, "catalog/caller").inputs).toMatchObject({ appType: "non_interactive" });
    });

    test("a strict third-party app is set only what Auth0 supports for it: its mode, no logout URLs or OIDC flag, expiring refresh tokens", () => {
        const mobile = one(resources, T.client, "mobile");
        expect(mobile.inputs).toMatchObject({ isFirstParty: false, thirdPartySecurityMode: "strict" });
        expect(mobile.inputs).not.toHaveProperty("allowedLogoutUrls");
        expect(mobile.inputs).not.toHaveProperty("oidcConformant");
        expect(mobile.inputs.refreshToken).toMatchObject({ expirationType: "expiring", infiniteTokenLifetime: false, infiniteIdleTokenLifetime: false });
        expect(one(resources, T.client, "storefront").inputs).not.toHaveProperty("thirdPartySecurityMode");
    });

    test("a permissive third-party app keeps every property", async () => {
        const model = fixtureModel();
        model.clients = model.clients.map((c) => (c.key === "mobile" ? { ...c, thirdPartySecurityMode: "permissive" as const, logoutUrls: ["https://m.example.com"] } : c));
        const mobile = one(await build(model), T.client, "mobile");
        expect(mobile.inputs).toMatchObject({ thirdPartySecurityMode: "permissive", allowedLogoutUrls: ["https://m.example.com"], oidcConformant: true });
        expect(mobile.inputs.refreshToken).toMatchObject({ expirationType: "non-expiring" });
    });

    test("first-party status and security mode replace a client (Auth0 converts neither); nothing else asks for replacement", () => {
        for (const c of ofType(resources, T.client)) expect(c.replaceOnChanges).toEqual(["isFirstParty", "thirdPartySecurityMode"]);
        for (const r of resources.filter((r) => r.type !== T.client)) expect(r.replaceOnChanges).toEqual([]);
    });

    test("no client allows the implicit grant", () => {
        for (const c of ofType(resources, T.client)) expect(c.inputs.grantTypes).not.toContain("implicit");
    });

    test("rotating refresh tokens carry the Multi-Resource Refresh Token policies; apps without them are pinned to Auth0's defaults", () => {
        const storefront = one(resources, T.client, "storefront");
        expect(storefront.inputs.refreshToken).toEqual({
            rotationType: "rotating",
            expirationType: "expiring",
            tokenLifetime: 2592000,
            idleTokenLifetime: 1296000,
            infiniteTokenLifetime: false,
            infiniteIdleTokenLifetime: false,
            policies: [{ audience: "https://catalog.example.com", scopes: ["read:products"] }],
        });
        expect(storefront.propertyDependencies.refreshToken).toEqual([urnOf(T.resourceServer, "catalog")]);
        expect(one(resources, T.client, "sync").inputs.refreshToken).toEqual({
            rotationType: "non-rotating",
            expirationType: "non-expiring",
            infiniteTokenLifetime: true,
            infiniteIdleTokenLifetime: true,
        });
    });

    test("public clients authenticate with 'none'; confidential ones with client_secret_post", () => {
        const method = (key: string) => one(resources, T.clientCredentials, key).inputs.authenticationMethod;
        expect([method("storefront"), method("mobile")]).toEqual(["none", "none"]);
        expect([method("admin"), method("sync"), method("catalog/caller")]).toEqual(Array(3).fill("client_secret_post"));
        const credentials = one(resources, T.clientCredentials, "storefront");
        expect(credentials.propertyDependencies.clientId).toEqual([urnOf(T.client, "storefront")]);
        expect(credentials.additionalSecretOutputs).toContain("clientSecret");
    });

    test("roles: one role and one permissions resource, permissions naming only the scope and the server's identifier (the rest is computed)", () => {
        expect(one(resources, T.role, "merch").inputs).toEqual({ name: "merch", description: "" });
        const permissions = one(resources, T.rolePermissions, "merch");
        expect(permissions.inputs).toEqual({
            roleId: UNKNOWN,
            permissions: [
                { name: "read:products", resourceServerIdentifier: "https://catalog.example.com" },
                { name: "write:products", resourceServerIdentifier: "https://catalog.example.com" },
                { name: "read:ledger", resourceServerIdentifier: "https://ledger.partner.example" },
            ],
        });
        expect(permissions.propertyDependencies.roleId).toEqual([urnOf(T.role, "merch")]);
        expect(permissions.dependencies).toContain(urnOf(T.resourceServerScopes, "catalog"));
    });

    test("renamed elements are aliased from their former names, grants under every former (client, API) pair", () => {
        const prefix = "urn:pulumi:dev::auth0-topology::auth0-topology:index:Tenant$";
        expect(one(resources, T.resourceServer, "catalog").aliases).toEqual([`${prefix}auth0:index/resourceServer:ResourceServer::products`]);
        expect(one(resources, T.resourceServerScopes, "catalog").aliases).toEqual([
            `${prefix}auth0:index/resourceServerScopes:ResourceServerScopes::products`,
        ]);
        expect(one(resources, T.client, "storefront").aliases).toEqual([`${prefix}auth0:index/client:Client::shop`]);
        expect(one(resources, T.clientCredentials, "storefront").aliases).toEqual([
            `${prefix}auth0:index/clientCredentials:ClientCredentials::shop`,
        ]);
        expect(one(resources, T.role, "merch").aliases).toEqual([`${prefix}auth0:index/role:Role::merchandiser`]);
        expect(one(resources, T.clientGrant, "storefront/catalog/user").aliases.map((u) => u.split("::").pop()).sort()).toEqual([
            "shop/catalog/user",
            "shop/products/user",
            "storefront/products/user",
        ]);
        expect(one(resources, T.clientGrant, "admin/inventory/client").aliases).toEqual([]);
    });

    test("nothing is protected outside production", () => {
        expect(resources.filter((r) => r.protect)).toEqual([]);
    });

    test("the Tenant's inputs carry what the resources alone do not show", () => {
        expect(one(resources, T.tenant, "tenant").inputs).toEqual({
            environment: "development",
            plan: "enterprise",
            maxAudiences: 3,
            waivers: [{ rule: "user-access-allow-all", target: "apis.inventory", reason: "public stock levels" }],
            externalApis: [
                { key: "ledger", identifier: "https://ledger.partner.example", name: "Ledger", scopes: [{ value: "read:ledger", description: "read:ledger" }] },
            ],
            managementApiIdentifier: MANAGEMENT_IDENTIFIER,
            managementApi: { userAccess: "require_grant", skipConsentForFirstParty: true },
        });
    });

    test("stack outputs: API identifiers, client ids (unknown in preview), one token request per audience for spa/native apps", () => {
        const outputs = one(resources, T.stack, "auth0-topology-dev").outputs!;
        expect(outputs.apis).toEqual({
            catalog: "https://catalog.example.com",
            inventory: "https://inventory.example.com",
            ledger: "https://ledger.partner.example",
            "auth0-management": MANAGEMENT_IDENTIFIER,
        });
        const clients = outputs.clients as Record<string, Record<string, unknown>>;
        expect(Object.keys(clients).sort()).toEqual(["admin", "catalog/caller", "mobile", "storefront", "sync"]);
        expect(clients.storefront).toEqual({
            clientId: UNKNOWN,
            type: "spa",
            tokenRequests: [
                { audience: "https://catalog.example.com", scopes: ["read:products"] },
                { audience: "https://ledger.partner.example", scopes: ["read:ledger"] },
                { audience: MANAGEMENT_IDENTIFIER, scopes: ["read:current_user"] },
            ],
        });
        expect(clients.mobile!.tokenRequests).toEqual([{ audience: "https://catalog.example.com", scopes: ["read:products"] }]);
        expect(clients.admin).toEqual({ clientId: UNKNOWN, type: "web" });
        expect(outputs.clientSecrets).toBe(UNKNOWN);
        // The component registers none of its own: Pulumi would serialize every output twice.
        expect(one(resources, T.tenant, "tenant").outputs).toEqual({});
    });

    test("the component's API identifiers and token request audiences are plain text; a consumer that depends on the Tenant waits for every API's scopes", async () => {
        let tenant: Tenant | undefined;
        const recorded = await runUnderMocks(
            async () => {
                tenant = new Tenant("tenant", fixtureModel());
                // What a team's program adds beside the component: a grant of its own to one of the APIs.
                new auth0.ClientGrant("extra", { clientId: "outside-client", audience: tenant.outputs.apis.catalog!, subjectType: "client", scopes: ["read:products"] }, { dependsOn: [tenant] });
                return { ...tenant.outputs };
            },
            { stack: "dev", config: {} },
        );
        const { apis, clients } = tenant!.outputs;
        expect(apis).toEqual({
            catalog: "https://catalog.example.com",
            inventory: "https://inventory.example.com",
            ledger: "https://ledger.partner.example",
            "auth0-management": MANAGEMENT_IDENTIFIER,
        });
        const audiences = clients.storefront!.tokenRequests!.map((r) => r.audience);
        expect(audiences).toEqual(["https://catalog.example.com", "https://ledger.partner.example", MANAGEMENT_IDENTIFIER]);
        const extra = recorded.find((r) => r.name === "extra")!;
        const scopes = ofType(recorded, T.resourceServerScopes).map((r) => r.urn);
        expect(scopes).toHaveLength(2);
        expect(extra.dependencies).toEqual(expect.arrayContaining(scopes));
    });
});

describe("Tenant under mocks, other runs", () => {
    test("production protects resource servers and clients, nothing else", async () => {
        const resources = await build(fixtureModel({ environment: "production" }), { stack: "prod" });
        const protectedOnes = resources.filter((r) => r.protect).map((r) => `${r.type} ${r.name}`);
        expect(protectedOnes.sort()).toEqual(
            [
                ...["catalog", "inventory"].map((n) => `${T.resourceServer} ${n}`),
                ...["admin", "catalog/caller", "mobile", "storefront", "sync"].map((n) => `${T.client} ${n}`),
            ].sort(),
        );
    });

    test("in an update, confidential clients' secrets are stack outputs only as a Pulumi secret; public clients have none", async () => {
        const resources = await build(fixtureModel(), { preview: false });
        const outputs = one(resources, T.stack, "auth0-topology-dev").outputs!;
        expect(isSecretValue(outputs.clientSecrets)).toBe(true);
        const secrets = (outputs.clientSecrets as { value: Record<string, string> }).value;
        expect(Object.keys(secrets).sort()).toEqual(["admin", "catalog/caller", "sync"]);
        expect(secrets.sync).toBe("sync-client-secret");
        // Client ids are not secret.
        expect((outputs.clients as Record<string, { clientId: unknown }>).sync!.clientId).toBe("sync-client-id");
        // And the ids flow into the grants once known.
        expect(one(resources, T.clientGrant, "sync/catalog/client").inputs.clientId).toBe("sync-client-id");
    });

    test("runs repeat in one process with the same result, and concurrent runs are queued", async () => {
        const model = fixtureModel();
        const strip = (rs: RegisteredResource[]) => rs.map((r) => ({ ...r, outputs: undefined })).sort((a, b) => a.urn.localeCompare(b.urn));
        const [a, b] = await Promise.all([build(model), build(model, { stack: "other" })]);
        expect(a.every((r) => r.urn.startsWith("urn:pulumi:dev::"))).toBe(true);
        expect(b.every((r) => r.urn.startsWith("urn:pulumi:other::"))).toBe(true);
        expect(strip(await build(model)).length).toBe(strip(a).length);
        expect(strip(await build(model))).toEqual(strip(a));
    });

    test("a model the checker would reject fails with a clear error naming the reference", async () => {
        const model = fixtureModel();
        model.grants.push({ client: "storefront", api: "billing", subjectType: "user", scopes: [], allowAllScopes: false, source: { path: "apps.storefront.access.billing" } });
        await expect(build(model)).rejects.toThrow("apps.storefront.access.billing names API 'billing', which the model does not declare");
    });
});
