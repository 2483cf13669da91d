import type { RefreshTokenPolicy } from "../../model";
import { api, client, grant, managementApi, refreshToken, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { mrrtConstraints } from "./mrrt-constraints";

const orders = api("orders", { offlineAccess: true, scopeValues: ["read:orders", "write:orders"] });
const catalog = api("catalog", { scopeValues: ["read:products"] });
const reports = api("reports", { offlineAccess: true, skipConsentForFirstParty: false, scopeValues: ["read:reports"] });
const apis = [orders, catalog, reports, managementApi()];

const withPolicies = (policies: RefreshTokenPolicy[], firstParty = true) =>
    client("shop", "spa", {
        firstParty,
        refreshToken: refreshToken({ policies }),
    });
const ordersPolicy = { audience: "https://orders.example.com", scopes: ["read:orders"] };

testRule(mrrtConstraints, {
    valid: [
        { name: "policy for an API that skips consent, with its scopes", model: tenant({ apis, clients: [withPolicies([ordersPolicy])] }) },
        {
            name: "policy for an API without offline access: only the login's API needs it (Auth0 docs)",
            model: tenant({ apis, clients: [withPolicies([{ audience: "https://catalog.example.com", scopes: ["read:products"] }])], grants: [grant("shop", "orders", ["read:orders"])] }),
        },
        { name: "refresh tokens without policies", model: tenant({ apis, clients: [withPolicies([])] }) },
        { name: "third-party app with plain refresh tokens for one API", model: tenant({ apis, clients: [withPolicies([], false)], grants: [grant("shop", "orders", ["read:orders"])] }) },
        { name: "no refresh tokens", model: tenant({ apis, clients: [client("shop", "spa")], grants: [grant("shop", "reports", ["read:reports"])] }) },
    ],
    invalid: [
        {
            name: "policy for the Management API",
            model: tenant({ apis, clients: [withPolicies([{ audience: "https://tenant.auth0.com/api/v2/", scopes: ["read:current_user"] }])] }),
            findings: [{ path: "apps.shop.refreshTokens", severity: "error", message: "names the Management API" }],
        },
        {
            name: "policy for an API that does not skip consent",
            model: tenant({ apis, clients: [withPolicies([{ audience: "https://reports.example.com", scopes: ["read:reports"] }])] }),
            findings: [{ path: "apps.shop.refreshTokens", severity: "error", message: "does not allow skipping user consent" }],
        },
        {
            name: "policy with a scope the API lacks",
            model: tenant({ apis, clients: [withPolicies([{ audience: "https://orders.example.com", scopes: ["read:orders", "delete:orders"] }])] }),
            findings: [{ path: "apps.shop.refreshTokens", message: "asks for delete:orders, which API 'orders' does not define" }],
        },
        {
            name: "policy for an audience that is no API",
            model: tenant({ apis, clients: [withPolicies([{ audience: "https://ghost.example.com", scopes: [] }])] }),
            findings: [{ path: "apps.shop.refreshTokens", message: "silently ignores it" }],
        },
        {
            name: "third-party app with a policy",
            model: tenant({ apis, clients: [withPolicies([ordersPolicy], false)] }),
            findings: [{ path: "apps.shop.refreshTokens", message: "first-party apps only" }],
        },
        {
            name: "the design asks to renew tokens for an API the limitations keep out of the policies: a finding, not a silent rewrite",
            model: tenant({ apis, clients: [withPolicies([ordersPolicy])], grants: [grant("shop", "orders", ["read:orders"]), grant("shop", "reports", ["read:reports"])] }),
            findings: [{ path: "apps.shop.access.reports", severity: "info", message: "cannot exchange its refresh token for API 'reports'" }],
        },
        {
            name: "a third-party app refreshing tokens for two APIs",
            model: tenant({ apis, clients: [withPolicies([], false)], grants: [grant("shop", "orders", ["read:orders"]), grant("shop", "reports", ["read:reports"])] }),
            findings: [{ path: "apps.shop.refreshTokens", severity: "info", message: "renews only the audience it was issued for" }],
        },
    ],
});
