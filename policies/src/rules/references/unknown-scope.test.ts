import { api, caller, client, grant, managementApi, role, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { MANAGEMENT_API_SCOPES } from "../../management-api";
import { unknownScope } from "./unknown-scope";

const catalog = api("catalog", { scopeValues: ["read:products", "write:products"] });
const management = managementApi({ scopeValues: [...MANAGEMENT_API_SCOPES] });

testRule(unknownScope, {
    valid: [
        {
            name: "declared scopes in grants and roles, real Management API scopes",
            model: tenant({
                apis: [catalog, management],
                clients: [client("storefront", "spa"), client("sync", "m2m")],
                grants: [
                    grant("storefront", "catalog", ["read:products"]),
                    grant("storefront", "auth0-management", ["read:current_user"]),
                    grant("sync", "auth0-management", ["read:users", "read:client_grants"], { subjectType: "client" }),
                ],
                roles: [role("merchandiser", { catalog: ["read:products", "write:products"] })],
            }),
        },
        {
            name: "an undeclared API (unknown-api's finding) and an allow-all grant",
            model: tenant({
                apis: [catalog],
                clients: [client("storefront", "spa")],
                grants: [grant("storefront", "billing", ["read:x"]), grant("storefront", "catalog", ["anything"], { allowAllScopes: true })],
            }),
        },
    ],
    invalid: [
        {
            name: "a misspelt scope in a user grant",
            model: tenant({ apis: [catalog], clients: [client("storefront", "spa")], grants: [grant("storefront", "catalog", ["read:product", "read:products"])] }),
            findings: [{ path: "apps.storefront.access.catalog.0", severity: "error", message: "'read:product' is not a scope of API 'catalog' (did you mean 'read:products'?)" }],
        },
        {
            name: "a scope the Management API does not have",
            model: tenant({
                apis: [management],
                clients: [client("storefront", "spa")],
                grants: [grant("storefront", "auth0-management", ["read:current_users", "read:me"])],
            }),
            findings: [
                { path: "apps.storefront.access.auth0-management.0", message: "'read:current_users' is not a Management API scope (did you mean 'read:current_user'?)" },
                { path: "apps.storefront.access.auth0-management.1", message: /^'read:me' is not a Management API scope$/ },
            ],
        },
        {
            name: "an API's calls and a role's permissions",
            model: tenant({
                apis: [catalog, api("orders")],
                clients: [caller("orders")],
                grants: [grant("orders/caller", "catalog", ["delete:products"], { subjectType: "client", source: { path: "apis.orders.calls.catalog" } })],
                roles: [role("merchandiser", { catalog: ["write:product"] })],
            }),
            findings: [
                { path: "apis.orders.calls.catalog.0", message: "'delete:products'" },
                { path: "roles.merchandiser.permissions.catalog", message: "did you mean 'write:products'?" },
            ],
        },
    ],
});
