import { MANAGEMENT_API_SCOPES, SENSITIVE_READ_SCOPES } from "../../management-api";
import { api, caller, client, grant, managementApi, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { m2mManagementPrivileged } from "./m2m-management-privileged";

const mgmt = managementApi();
const PRIVILEGED = MANAGEMENT_API_SCOPES.filter((scope) => /^(create|update|delete):/.test(scope));
const SCOPE_PATHS = Array.from({ length: 13 }, (_, i) => `apps.sync.access.auth0-management.${i + 1}`).sort((a, b) => a.localeCompare(b));
const syncWith = (scopes: string[], environment: "production" | "development" = "development") =>
    tenant({
        environment,
        apis: [mgmt],
        clients: [client("sync", "m2m")],
        grants: [grant("sync", "auth0-management", scopes, { subjectType: "client", source: { path: "apps.sync.access.auth0-management" } })],
    });

testRule(m2mManagementPrivileged, {
    valid: [
        { name: "machine client with routine read scopes", model: syncWith(["read:clients", "read:resource_servers", "read:stats"]) },
        {
            name: "a grant of every scope is allow-all-scopes-system-api's finding",
            model: tenant({
                apis: [mgmt],
                clients: [client("sync", "m2m")],
                grants: [grant("sync", "auth0-management", [], { subjectType: "client", allowAllScopes: true })],
            }),
        },
        {
            name: "a web app writing on the user's behalf is not a machine client",
            model: tenant({ apis: [mgmt], clients: [client("admin", "web")], grants: [grant("admin", "auth0-management", ["update:users"])] }),
        },
        {
            name: "write scopes on one of your own APIs",
            model: tenant({
                apis: [mgmt, api("catalog")],
                clients: [client("sync", "m2m")],
                grants: [grant("sync", "catalog", ["delete:products"], { subjectType: "client" })],
            }),
        },
    ],
    invalid: [
        {
            name: "create/update/delete scopes: warning on a development stack",
            model: syncWith(["read:clients", "create:users", "update:clients", "delete:client_grants"]),
            findings: [
                { path: "apps.sync.access.auth0-management.1", severity: "warning", message: "'create:users'" },
                { path: "apps.sync.access.auth0-management.2", severity: "warning", message: "'update:clients'" },
                { path: "apps.sync.access.auth0-management.3", severity: "warning", message: "'delete:client_grants'" },
            ],
        },
        {
            name: "error on a production stack",
            model: syncWith(["update:users"], "production"),
            findings: [{ path: "apps.sync.access.auth0-management.0", severity: "error" }],
        },
        {
            name: "reads of secrets and personal data weigh like writes",
            model: syncWith(["read:clients", "read:client_keys", "read:client_credentials", "read:user_idp_tokens", "read:users"]),
            findings: [
                { path: "apps.sync.access.auth0-management.1", severity: "warning", message: "client secret" },
                { path: "apps.sync.access.auth0-management.2", severity: "warning", message: "'read:client_credentials'" },
                { path: "apps.sync.access.auth0-management.3", severity: "warning", message: "identity providers' access and refresh tokens" },
                { path: "apps.sync.access.auth0-management.4", severity: "warning", message: "personal data" },
            ],
        },
        {
            name: "a secret read is an error on production stacks, like a write",
            model: syncWith(["read:client_keys"], "production"),
            findings: [{ path: "apps.sync.access.auth0-management.0", severity: "error" }],
        },
        {
            name: "past ten privileged scopes on one app, one finding counts the rest",
            model: syncWith(["read:clients", ...PRIVILEGED.slice(0, 13)]),
            // Findings without a line are in path order: .1, .10, .11, .12, .13, .2, …
            findings: [
                ...SCOPE_PATHS.slice(0, 10).map((path) => ({ path })),
                { path: SCOPE_PATHS[10]!, message: "(and 2 more findings of this rule on apps.sync, not listed one by one)" },
            ],
        },
        {
            name: "an API's caller reading users",
            model: tenant({
                apis: [mgmt, api("orders")],
                clients: [caller("orders")],
                grants: [grant("orders/caller", "auth0-management", ["read:users"], { subjectType: "client", source: { path: "apis.orders.calls.auth0-management" } })],
            }),
            findings: [{ path: "apis.orders.calls.auth0-management.0", severity: "warning", message: "machine client 'orders/caller'" }],
        },
        {
            name: "a web app's machine access",
            model: tenant({
                apis: [mgmt],
                clients: [client("admin", "web")],
                grants: [grant("admin", "auth0-management", ["delete:users"], { subjectType: "client" })],
            }),
            findings: [{ path: "apps.admin.machineAccess.auth0-management.0", severity: "warning" }],
        },
    ],
});

test("every sensitive read is a Management API scope", () => {
    expect(MANAGEMENT_API_SCOPES).toEqual(expect.arrayContaining(Object.keys(SENSITIVE_READ_SCOPES)));
});
