import { api, client, grant, managementApi, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { allowAllScopesSystemApi } from "./allow-all-scopes-system-api";

const mgmt = managementApi();

testRule(allowAllScopesSystemApi, {
    valid: [
        {
            name: "Management API scopes listed by name",
            model: tenant({ apis: [mgmt], clients: [client("sync", "m2m")], grants: [grant("sync", "auth0-management", ["read:users"], { subjectType: "client" })] }),
        },
        {
            name: "every scope of one of your own APIs is allow-all-scopes' warning",
            model: tenant({ apis: [api("catalog")], clients: [client("sync", "m2m")], grants: [grant("sync", "catalog", [], { subjectType: "client", allowAllScopes: true })] }),
        },
    ],
    invalid: [
        {
            name: "a machine client's grant of every Management API scope",
            model: tenant({
                apis: [mgmt],
                clients: [client("sync", "m2m")],
                grants: [grant("sync", "auth0-management", [], { subjectType: "client", allowAllScopes: true, source: { path: "apps.sync.access.auth0-management" } })],
            }),
            findings: [{ path: "apps.sync.access.auth0-management", severity: "error", message: "refuses allow_all_scopes" }],
        },
        {
            name: "a native app's user grant of every Management API scope",
            model: tenant({ apis: [mgmt], clients: [client("mobile", "native")], grants: [grant("mobile", "auth0-management", [], { allowAllScopes: true })] }),
            findings: [{ path: "apps.mobile.access.auth0-management", severity: "error" }],
        },
    ],
});

test("allow-all-scopes-system-api cannot be waived: Auth0 refuses the grant", () => {
    expect(allowAllScopesSystemApi.meta.waivable).toBe(false);
});
