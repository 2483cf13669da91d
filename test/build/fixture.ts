// A tenant model exercising every kind of element the builder maps, built with the rule factory.
import { MANAGEMENT_API, type TenantModel } from "../../policies/src/model";
import { api, caller, client, grant, refreshToken, role, tenant } from "../../policies/src/testing/factory";

export const MANAGEMENT_IDENTIFIER = "https://example.eu.auth0.com/api/v2/";

export function fixtureModel(over: Partial<TenantModel> = {}): TenantModel {
    return tenant({
        plan: "enterprise",
        maxAudiences: 3,
        apis: [
            api("catalog", { scopeValues: ["read:products", "write:products"], offlineAccess: true, formerKeys: ["products"] }),
            api("inventory", {
                scopeValues: ["read:stock"],
                rbac: false,
                permissionsInToken: false,
                userAccess: "allow_all",
                clientAccess: "deny_all",
                tokenLifetime: 600,
                signingAlg: "PS256",
                skipConsentForFirstParty: false,
            }),
            api("ledger", { kind: "external", identifier: "https://ledger.partner.example", name: "Ledger", scopeValues: ["read:ledger"] }),
            api(MANAGEMENT_API, { kind: "management", identifier: MANAGEMENT_IDENTIFIER, scopeValues: ["read:current_user", "read:users"] }),
        ],
        clients: [
            client("storefront", "spa", {
                name: "Storefront",
                formerKeys: ["shop"],
                callbacks: ["https://shop.example.com/callback"],
                logoutUrls: ["https://shop.example.com"],
                webOrigins: ["https://shop.example.com"],
                allowedOrigins: ["https://shop.example.com"],
                refreshToken: refreshToken({ policies: [{ audience: "https://catalog.example.com", scopes: ["read:products"] }] }),
            }),
            client("mobile", "native", { grantTypes: ["authorization_code"], firstParty: false }),
            client("admin", "web", { description: "Back office", grantTypes: ["authorization_code", "client_credentials"] }),
            client("sync", "m2m"),
            caller("catalog"),
        ],
        grants: [
            grant("storefront", "catalog", ["read:products"]),
            grant("storefront", "ledger", ["read:ledger"]),
            grant("storefront", MANAGEMENT_API, ["read:current_user"]),
            grant("mobile", "catalog", ["read:products"]),
            grant("admin", "catalog", ["read:products", "write:products"]),
            grant("admin", "inventory", ["read:stock"], { subjectType: "client" }),
            grant("sync", "catalog", [], { subjectType: "client", allowAllScopes: true }),
            grant("catalog/caller", "inventory", ["read:stock"], { subjectType: "client" }),
        ],
        roles: [role("merch", { catalog: ["read:products", "write:products"], ledger: ["read:ledger"] }, { formerKeys: ["merchandiser"] }), role("viewer", {})],
        waivers: [{ rule: "user-access-allow-all", target: "apis.inventory", reason: "public stock levels", source: { path: "waivers[0]" } }],
        ...over,
    });
}
