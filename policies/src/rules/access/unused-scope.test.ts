import { api, client, grant, managementApi, refreshToken, role, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { unusedScope } from "./unused-scope";

const catalog = api("catalog", { scopeValues: ["read:products", "write:products", "delete:products"] });
const clients = [client("shop", "spa"), client("sync", "m2m")];

testRule(unusedScope, {
    valid: [
        {
            name: "each scope requested, granted or held via a role",
            model: tenant({
                apis: [catalog],
                clients,
                grants: [grant("shop", "catalog", ["read:products"]), grant("sync", "catalog", ["write:products"], { subjectType: "client" })],
                roles: [role("admin", { catalog: ["delete:products"] })],
            }),
        },
        {
            name: "a grant allowing all scopes uses them all",
            model: tenant({ apis: [catalog], clients, grants: [grant("sync", "catalog", [], { subjectType: "client", allowAllScopes: true })] }),
        },
        { name: "an API nobody references is unused-api's single finding", model: tenant({ apis: [catalog] }) },
        {
            name: "scopes named by a refresh-token policy are used",
            model: tenant({
                apis: [api("orders", { offlineAccess: true, scopeValues: ["read:orders"] })],
                clients: [
                    client("shop", "spa", {
                        refreshToken: refreshToken({ policies: [{ audience: "https://orders.example.com", scopes: ["read:orders"] }] }),
                    }),
                ],
                grants: [grant("shop", "orders", [])],
            }),
        },
        {
            name: "Management API and external API scopes",
            model: tenant({
                apis: [managementApi({ scopeValues: ["read:users"] }), api("ledger", { kind: "external", scopeValues: ["read:ledger"] })],
                clients,
                grants: [grant("shop", "auth0-management", [])],
            }),
        },
    ],
    invalid: [
        {
            name: "scopes nobody uses, at their own paths",
            model: tenant({ apis: [catalog], clients, grants: [grant("shop", "catalog", ["read:products"])] }),
            findings: [
                { path: "apis.catalog.scopes.write:products", severity: "warning", message: "'write:products' of API 'catalog'" },
                { path: "apis.catalog.scopes.delete:products" },
            ],
        },
        {
            name: "a scope of another API with the same value does not count",
            model: tenant({
                apis: [catalog, api("orders", { scopeValues: ["delete:products"] })],
                clients,
                roles: [role("admin", { catalog: ["read:products", "write:products"], orders: ["delete:products"] })],
            }),
            findings: [{ path: "apis.catalog.scopes.delete:products" }],
        },
    ],
});
