import { api, client, grant, managementApi, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { grantWithoutClientCredentials } from "./grant-without-client-credentials";

const orders = api("orders");

testRule(grantWithoutClientCredentials, {
    valid: [
        {
            name: "machine and web clients with client_credentials",
            model: tenant({
                apis: [orders],
                clients: [client("job", "m2m"), client("portal", "web")],
                grants: [grant("job", "orders", ["read"], { subjectType: "client" }), grant("portal", "orders", ["read"], { subjectType: "client" })],
            }),
        },
        {
            name: "a user grant needs no client_credentials",
            model: tenant({ apis: [orders], clients: [client("portal", "web", { grantTypes: ["authorization_code"] })], grants: [grant("portal", "orders", ["read"])] }),
        },
        {
            name: "a spa's machine access is public-client-credentials' finding",
            model: tenant({ apis: [orders], clients: [client("storefront", "spa")], grants: [grant("storefront", "orders", ["read"], { subjectType: "client" })] }),
        },
    ],
    invalid: [
        {
            name: "a Management API grant to a web app that only signs users in",
            model: tenant({
                apis: [managementApi()],
                clients: [client("portal", "web", { grantTypes: ["authorization_code", "refresh_token"] })],
                grants: [grant("portal", "auth0-management", ["read:users"], { subjectType: "client" })],
            }),
            findings: [{ path: "apps.portal.machineAccess.auth0-management", severity: "warning", message: "not the client_credentials grant type" }],
        },
        {
            name: "a machine client whose grant types were emptied",
            model: tenant({
                apis: [orders],
                clients: [client("job", "m2m", { grantTypes: [] })],
                grants: [grant("job", "orders", ["read"], { subjectType: "client", source: { path: "apps.job.access.orders" } })],
            }),
            findings: [{ path: "apps.job.access.orders", severity: "warning" }],
        },
    ],
});
