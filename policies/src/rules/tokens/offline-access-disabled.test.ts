import { api, client, grant, managementApi, refreshToken, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { offlineAccessDisabled } from "./offline-access-disabled";

const catalog = api("catalog", { offlineAccess: false });
const orders = api("orders", { offlineAccess: true });
const withRefresh = (policies: { audience: string; scopes: string[] }[] = []) => refreshToken({ policies });

testRule(offlineAccessDisabled, {
    valid: [
        {
            name: "refresh tokens for an API with offline access",
            model: tenant({
                apis: [orders],
                clients: [client("storefront", "spa", { refreshToken: withRefresh([{ audience: orders.identifier, scopes: ["read"] }]) })],
                grants: [grant("storefront", "orders", ["read"])],
            }),
        },
        {
            name: "no refresh tokens, no offline access needed",
            model: tenant({ apis: [catalog], clients: [client("storefront", "spa")], grants: [grant("storefront", "catalog", ["read"])] }),
        },
        {
            name: "machine access never uses refresh tokens",
            model: tenant({
                apis: [catalog],
                clients: [client("admin", "web", { refreshToken: withRefresh() })],
                grants: [grant("admin", "catalog", ["read"], { subjectType: "client" })],
            }),
        },
        {
            name: "current-user scopes on the Management API",
            model: tenant({
                apis: [managementApi()],
                clients: [client("storefront", "spa", { refreshToken: withRefresh() })],
                grants: [grant("storefront", "auth0-management", ["read:current_user"])],
            }),
        },
        {
            name: "a refresh token policy without a grant is mrrt-constraints' finding",
            model: tenant({
                apis: [catalog],
                clients: [client("storefront", "spa", { refreshToken: withRefresh([{ audience: catalog.identifier, scopes: ["read"] }]) })],
            }),
        },
    ],
    invalid: [
        {
            name: "spa with refresh tokens calls an API without offline access",
            model: tenant({
                apis: [catalog, orders],
                clients: [client("storefront", "spa", { refreshToken: withRefresh() })],
                grants: [grant("storefront", "catalog", ["read"]), grant("storefront", "orders", ["read"])],
            }),
            findings: [{ path: "apps.storefront.access.catalog", severity: "error", message: "calls API 'catalog'" }],
        },
        {
            name: "a native app calling two APIs without offline access",
            model: tenant({
                apis: [catalog, orders, api("billing")],
                clients: [client("mobile", "native", { refreshToken: withRefresh() })],
                grants: [grant("mobile", "catalog", ["read"]), grant("mobile", "orders", ["read"]), grant("mobile", "billing", ["read"])],
            }),
            findings: [
                { path: "apps.mobile.access.catalog", severity: "error" },
                { path: "apps.mobile.access.billing", severity: "error", message: "API 'billing'" },
            ],
        },
    ],
});
