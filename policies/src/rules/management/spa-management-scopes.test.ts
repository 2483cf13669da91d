import { client, grant, managementApi, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { spaManagementScopes } from "./spa-management-scopes";

const mgmt = managementApi();

testRule(spaManagementScopes, {
    valid: [
        {
            name: "spa with current-user scopes only",
            model: tenant({
                apis: [mgmt],
                clients: [client("storefront", "spa")],
                grants: [grant("storefront", "auth0-management", ["read:current_user", "update:current_user_metadata", "delete:current_user"])],
            }),
        },
        {
            name: "web app with current-user scopes on the user's behalf, and any scope as itself",
            model: tenant({
                apis: [mgmt],
                clients: [client("admin", "web")],
                grants: [
                    grant("admin", "auth0-management", ["read:current_user", "delete:current_user_metadata"]),
                    grant("admin", "auth0-management", ["read:users"], { subjectType: "client" }),
                ],
            }),
        },
        {
            name: "a third-party app's grant is third-party-system-api's finding",
            model: tenant({ apis: [mgmt], clients: [client("partner", "web", { firstParty: false })], grants: [grant("partner", "auth0-management", ["read:users"])] }),
        },
        {
            name: "a grant of every scope is allow-all-scopes-system-api's finding",
            model: tenant({ apis: [mgmt], clients: [client("mobile", "native")], grants: [grant("mobile", "auth0-management", [], { allowAllScopes: true })] }),
        },
        {
            name: "a client grant of a spa is public-client-credentials' business",
            model: tenant({
                apis: [mgmt],
                clients: [client("storefront", "spa")],
                grants: [grant("storefront", "auth0-management", ["read:users"], { subjectType: "client" })],
            }),
        },
        {
            name: "grant on an undeclared API is skipped",
            model: tenant({ clients: [client("storefront", "spa")], grants: [grant("storefront", "auth0-management", ["read:users"])] }),
        },
        {
            name: "a managed API that happens to have user scopes is not the Management API",
            model: tenant({
                apis: [mgmt],
                clients: [client("storefront", "spa")],
                grants: [grant("storefront", "users", ["read:users"])],
            }),
        },
    ],
    invalid: [
        {
            name: "spa requests read:users next to a current-user scope",
            model: tenant({
                apis: [mgmt],
                clients: [client("storefront", "spa")],
                grants: [grant("storefront", "auth0-management", ["read:current_user", "read:users", "update:users"])],
            }),
            findings: [
                { path: "apps.storefront.access.auth0-management.1", severity: "error", message: "'read:users'" },
                { path: "apps.storefront.access.auth0-management.2", severity: "error", message: "'update:users'" },
            ],
        },
        {
            name: "a web app asking read:users on its user's behalf: dropped too",
            model: tenant({ apis: [mgmt], clients: [client("admin", "web")], grants: [grant("admin", "auth0-management", ["read:current_user", "read:users"])] }),
            findings: [{ path: "apps.admin.access.auth0-management.1", severity: "error", message: "token on a user's behalf" }],
        },
    ],
});
