import { api, client, managementApi, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { duplicateName } from "./duplicate-name";

testRule(duplicateName, {
    valid: [
        {
            name: "distinct names; an app may share a name with an API",
            model: tenant({
                apis: [api("catalog", { name: "Catalog" }), managementApi()],
                clients: [client("catalog-admin", "web", { name: "Catalog" }), client("storefront", "spa", { name: "Storefront" })],
            }),
        },
    ],
    invalid: [
        {
            name: "two apps and two APIs with the same name, ignoring case and spaces",
            model: tenant({
                apis: [api("catalog", { name: "Catalog API" }), api("products", { name: "catalog api " })],
                clients: [client("web", "web", { name: "Shop" }), client("spa", "spa", { name: "Shop" }), client("native", "native", { name: "Shop" })],
            }),
            findings: [
                { path: "apis.products", severity: "warning", message: "like API 'catalog'" },
                { path: "apps.spa", message: "like app 'web'" },
                { path: "apps.native", message: "like app 'web'" },
            ],
        },
    ],
});
