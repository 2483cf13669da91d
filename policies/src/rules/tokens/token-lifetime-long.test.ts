import { api, client, grant, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { tokenLifetimeLong } from "./token-lifetime-long";

const LONG = 7 * 86400;
const DAYS_3 = 3 * 86400;

testRule(tokenLifetimeLong, {
    valid: [
        {
            name: "a day for a spa",
            model: tenant({
                apis: [api("catalog", { tokenLifetime: 86400 })],
                clients: [client("storefront", "spa")],
                grants: [grant("storefront", "catalog", ["read"])],
            }),
        },
        {
            name: "three-day tokens only for backends",
            model: tenant({
                apis: [api("catalog", { tokenLifetime: DAYS_3 })],
                clients: [client("admin", "web"), client("sync", "m2m")],
                grants: [grant("admin", "catalog", ["read"]), grant("sync", "catalog", ["read"], { subjectType: "client" })],
            }),
        },
        {
            name: "a spa's machine access is another rule's problem, not a user token",
            model: tenant({
                apis: [api("catalog", { tokenLifetime: DAYS_3 })],
                clients: [client("storefront", "spa")],
                grants: [grant("storefront", "catalog", ["read"], { subjectType: "client" })],
            }),
        },
        {
            name: "out-of-range lifetimes are token-lifetime-range's finding",
            model: tenant({ apis: [api("catalog", { tokenLifetime: 2592001, userAccess: "allow_all" })] }),
        },
    ],
    invalid: [
        {
            name: "a week for a native app's user grant",
            model: tenant({
                apis: [api("catalog", { tokenLifetime: LONG }), api("orders", { tokenLifetime: LONG })],
                clients: [client("admin", "web"), client("mobile", "native")],
                grants: [grant("admin", "catalog", ["read"]), grant("mobile", "catalog", ["read"]), grant("admin", "orders", ["read"])],
            }),
            findings: [
                { path: "apis.catalog.tokenLifetime", severity: "warning", message: "native app 'mobile'" },
                { path: "apis.orders.tokenLifetime", severity: "warning", message: "7 days" },
            ],
        },
        {
            name: "a week or more for any API, machine callers only or none",
            model: tenant({
                apis: [api("ledger", { tokenLifetime: LONG }), api("archive", { tokenLifetime: 2592000 })],
                clients: [client("sync", "m2m")],
                grants: [grant("sync", "ledger", ["read"], { subjectType: "client" })],
            }),
            findings: [
                { path: "apis.ledger.tokenLifetime", severity: "warning", message: "cannot be revoked" },
                { path: "apis.archive.tokenLifetime", severity: "warning", message: "30 days" },
            ],
        },
        {
            name: "allow_all user access lets any spa in",
            model: tenant({ apis: [api("catalog", { tokenLifetime: 86401, userAccess: "allow_all" })] }),
            findings: [{ path: "apis.catalog.tokenLifetime", severity: "warning", message: "allow_all" }],
        },
    ],
});
