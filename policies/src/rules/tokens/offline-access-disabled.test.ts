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
            name: "a sensitive API without offline access next to one with it: a note, not an error",
            model: tenant({
                apis: [catalog, orders],
                clients: [client("storefront", "spa", { refreshToken: withRefresh() })],
                grants: [grant("storefront", "catalog", ["read"]), grant("storefront", "orders", ["read"])],
            }),
            findings: [{ path: "apps.storefront.access.catalog", severity: "info", message: "but not for API 'catalog'" }],
        },
        {
            name: "no API of the app allows offline access: its refresh tokens are never issued",
            model: tenant({
                apis: [catalog, api("billing")],
                clients: [client("mobile", "native", { refreshToken: withRefresh() })],
                grants: [grant("mobile", "catalog", ["read"]), grant("mobile", "billing", ["read"])],
            }),
            findings: [
                { path: "apps.mobile.access.catalog", severity: "warning", message: "none of its other APIs" },
                { path: "apps.mobile.access.billing", severity: "warning", message: "API 'billing'" },
            ],
        },
        {
            name: "the Management API does not count as an API the app refreshes tokens for",
            model: tenant({
                apis: [catalog, managementApi({ offlineAccess: true })],
                clients: [client("storefront", "spa", { refreshToken: withRefresh() })],
                grants: [grant("storefront", "catalog", ["read"]), grant("storefront", "auth0-management", ["read:current_user"])],
            }),
            findings: [{ path: "apps.storefront.access.catalog", severity: "warning" }],
        },
    ],
});
