import { api, managementApi, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { duplicateIdentifier } from "./duplicate-identifier";

testRule(duplicateIdentifier, {
    valid: [
        {
            name: "distinct identifiers",
            model: tenant({ apis: [api("catalog"), api("orders"), managementApi()] }),
        },
    ],
    invalid: [
        {
            name: "the same identifier twice",
            model: tenant({ apis: [api("catalog", { identifier: "https://api.example.com" }), api("orders", { identifier: "https://api.example.com" })] }),
            findings: [{ path: "apis.orders", severity: "error", message: "already used by API 'catalog'" }],
        },
        {
            name: "identifiers that differ only by case or a trailing slash",
            model: tenant({
                apis: [
                    api("catalog", { identifier: "https://catalog.example.com" }),
                    api("catalog2", { identifier: "https://Catalog.example.com/" }),
                    api("catalog3", { identifier: "https://catalog.example.com/" }),
                ],
            }),
            findings: [
                { path: "apis.catalog2", severity: "warning", message: "only by case or a trailing slash" },
                { path: "apis.catalog3", severity: "warning", message: "API 'catalog'" },
            ],
        },
        {
            name: "an API that claims the Management API's audience",
            model: tenant({ apis: [managementApi(), api("admin", { identifier: "https://tenant.auth0.com/api/v2/" })] }),
            findings: [{ path: "apis.admin", severity: "error", message: "auth0-management" }],
        },
    ],
});
