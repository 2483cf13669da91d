import { api, caller, client, grant, managementApi, refreshToken, role, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { unusedApi } from "./unused-api";

const orders = api("orders", { offlineAccess: true, scopeValues: ["read:orders"] });

testRule(unusedApi, {
    valid: [
        { name: "referenced by a grant", model: tenant({ apis: [orders], clients: [client("shop", "spa")], grants: [grant("shop", "orders", [])] }) },
        { name: "referenced by a role", model: tenant({ apis: [orders], roles: [role("clerk", { orders: ["read:orders"] })] }) },
        {
            name: "referenced by a refresh-token policy (by audience)",
            model: tenant({
                apis: [orders],
                clients: [
                    client("shop", "spa", {
                        refreshToken: refreshToken({ policies: [{ audience: "https://orders.example.com", scopes: [] }] }),
                    }),
                ],
            }),
        },
        {
            name: "external and management APIs are not this stack's to remove",
            model: tenant({ apis: [api("ledger", { kind: "external" }), managementApi()] }),
        },
    ],
    invalid: [
        {
            name: "managed API nobody references (a waiver does not count)",
            model: tenant({
                apis: [orders, api("catalog")],
                roles: [role("clerk", { orders: ["read:orders"] })],
                waivers: [{ rule: "user-access-allow-all", target: "apis.catalog", reason: "x", source: { path: "waivers.0" } }],
            }),
            findings: [{ path: "apis.catalog", severity: "warning", message: "nothing can obtain a token" }],
        },
        {
            name: "an unreferenced API open to every app's user tokens does not claim nothing can get a token",
            model: tenant({ apis: [orders, api("catalog", { userAccess: "allow_all" })], roles: [role("clerk", { orders: ["read:orders"] })] }),
            findings: [{ path: "apis.catalog", severity: "warning", message: /every first-party app can get user tokens for it without a grant/ }],
        },
        {
            name: "an API that only calls others is still unused",
            model: tenant({
                apis: [orders, api("catalog")],
                clients: [caller("catalog")],
                grants: [grant("catalog/caller", "orders", [], { subjectType: "client" })],
            }),
            findings: [{ path: "apis.catalog" }],
        },
    ],
});
