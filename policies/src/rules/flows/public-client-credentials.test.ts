import { api, client, grant, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { publicClientCredentials } from "./public-client-credentials";

const catalog = api("catalog");

testRule(publicClientCredentials, {
    valid: [
        {
            name: "spa with user access",
            model: tenant({ apis: [catalog], clients: [client("storefront", "spa")], grants: [grant("storefront", "catalog", ["read:products"])] }),
        },
        {
            name: "web app with machine access",
            model: tenant({
                apis: [catalog],
                clients: [client("admin", "web")],
                grants: [grant("admin", "catalog", ["read:products"], { subjectType: "client" })],
            }),
        },
        { name: "m2m app with client credentials", model: tenant({ clients: [client("sync", "m2m")] }) },
        {
            name: "machine access to an undeclared API is unknown-api's finding",
            model: tenant({
                clients: [client("storefront", "spa")],
                grants: [grant("storefront", "ledger", ["read:ledger"], { subjectType: "client" })],
            }),
        },
    ],
    invalid: [
        {
            name: "spa with machine access",
            model: tenant({
                apis: [catalog],
                clients: [client("storefront", "spa")],
                grants: [grant("storefront", "catalog", ["read:products"], { subjectType: "client" })],
            }),
            findings: [{ path: "apps.storefront.machineAccess.catalog", severity: "error", message: "machine access to 'catalog'" }],
        },
        {
            name: "native app with the client_credentials grant type (raw client)",
            model: tenant({ clients: [client("mobile", "native", { grantTypes: ["authorization_code", "client_credentials"] })] }),
            findings: [{ path: "apps.mobile", severity: "error", message: "client_credentials grant type" }],
        },
    ],
});
