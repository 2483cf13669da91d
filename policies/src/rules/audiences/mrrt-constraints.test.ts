import type { RefreshTokenPolicy } from "../../model";
import { api, client, managementApi, refreshToken, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { mrrtConstraints } from "./mrrt-constraints";

const orders = api("orders", { offlineAccess: true, scopeValues: ["read:orders", "write:orders"] });
const catalog = api("catalog", { scopeValues: ["read:products"] });
const apis = [orders, catalog, managementApi()];

const withPolicies = (policies: RefreshTokenPolicy[], firstParty = true) =>
    client("shop", "spa", {
        firstParty,
        refreshToken: refreshToken({ policies }),
    });

testRule(mrrtConstraints, {
    valid: [
        {
            name: "policy for an offline-access API with its scopes",
            model: tenant({ apis, clients: [withPolicies([{ audience: "https://orders.example.com", scopes: ["read:orders"] }])] }),
        },
        { name: "refresh tokens without policies", model: tenant({ apis, clients: [withPolicies([])] }) },
        { name: "third-party app with plain refresh tokens", model: tenant({ apis, clients: [withPolicies([], false)] }) },
        { name: "no refresh tokens", model: tenant({ apis, clients: [client("shop", "spa")] }) },
    ],
    invalid: [
        {
            name: "policy for the Management API",
            model: tenant({ apis, clients: [withPolicies([{ audience: "https://tenant.auth0.com/api/v2/", scopes: ["read:current_user"] }])] }),
            findings: [{ path: "apps.shop.refreshTokens", severity: "error", message: "names the Management API" }],
        },
        {
            name: "policy for an API without offline access and with a scope it lacks: two findings",
            model: tenant({ apis, clients: [withPolicies([{ audience: "https://catalog.example.com", scopes: ["read:products", "write:products"] }])] }),
            findings: [
                { path: "apps.shop.refreshTokens", message: "does not allow offline access" },
                { path: "apps.shop.refreshTokens", message: "asks for write:products, which API 'catalog' does not define" },
            ],
        },
        {
            name: "policy for an audience that is no API",
            model: tenant({ apis, clients: [withPolicies([{ audience: "https://ghost.example.com", scopes: [] }])] }),
            findings: [{ path: "apps.shop.refreshTokens", message: "silently ignores it" }],
        },
        {
            name: "third-party app with a policy",
            model: tenant({ apis, clients: [withPolicies([{ audience: "https://orders.example.com", scopes: ["read:orders"] }], false)] }),
            findings: [{ path: "apps.shop.refreshTokens", message: "first-party apps only" }],
        },
    ],
});
