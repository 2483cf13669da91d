import { api, client, grant, managementApi, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { allowAllScopes } from "./allow-all-scopes";

testRule(allowAllScopes, {
    valid: [
        {
            name: "scopes listed",
            model: tenant({
                apis: [api("catalog")],
                clients: [client("sync", "m2m")],
                grants: [grant("sync", "catalog", ["read:products"], { subjectType: "client" })],
            }),
        },
        {
            name: "every Management API scope is allow-all-scopes-system-api's error",
            model: tenant({
                apis: [managementApi()],
                clients: [client("sync", "m2m")],
                grants: [grant("sync", "auth0-management", [], { subjectType: "client", allowAllScopes: true })],
            }),
        },
    ],
    invalid: [
        {
            name: "grant with allow_all_scopes",
            model: tenant({
                apis: [api("catalog")],
                clients: [client("sync", "m2m")],
                grants: [grant("sync", "catalog", [], { subjectType: "client", allowAllScopes: true, source: { path: "apps.sync.access.catalog" } })],
            }),
            findings: [{ path: "apps.sync.access.catalog", severity: "warning", message: "allows all its scopes" }],
        },
    ],
});
