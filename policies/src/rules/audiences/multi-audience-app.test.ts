import { api, client, grant, managementApi, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { multiAudienceApp } from "./multi-audience-app";

const apis = [api("catalog"), api("orders"), managementApi()];

testRule(multiAudienceApp, {
    valid: [
        { name: "one API on the user's behalf", model: tenant({ apis, clients: [client("shop", "spa")], grants: [grant("shop", "catalog", [])] }) },
        {
            name: "machine access does not add user audiences",
            model: tenant({
                apis,
                clients: [client("admin", "web")],
                grants: [grant("admin", "catalog", []), grant("admin", "orders", [], { subjectType: "client" })],
            }),
        },
        {
            name: "an undeclared API is not counted (unknown-api's finding)",
            model: tenant({ apis, clients: [client("shop", "spa")], grants: [grant("shop", "catalog", []), grant("shop", "ghost", [])] }),
        },
    ],
    invalid: [
        {
            name: "two APIs and the Management API, listed by audience",
            model: tenant({
                apis,
                clients: [client("shop", "spa")],
                grants: [grant("shop", "catalog", []), grant("shop", "orders", []), grant("shop", "auth0-management", ["read:current_user"])],
            }),
            findings: [
                {
                    path: "apps.shop",
                    severity: "info",
                    message:
                        "calls 3 APIs on the user's behalf and needs one access token per audience: " +
                        "https://catalog.example.com, https://orders.example.com, https://tenant.auth0.com/api/v2/",
                },
            ],
        },
    ],
});
