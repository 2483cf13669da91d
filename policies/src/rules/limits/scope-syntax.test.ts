import { api, managementApi, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { scopeSyntax } from "./scope-syntax";

const withScopes = (...scopeValues: string[]) => tenant({ apis: [api("catalog", { scopeValues })] });
const longest = "s".repeat(280);

testRule(scopeSyntax, {
    valid: [
        { name: "action:resource scopes", model: withScopes("read:products", "write:products", "products.read", "https://catalog.example.com/read") },
        { name: "280 characters", model: withScopes(longest) },
        { name: "the same value on two APIs", model: tenant({ apis: [api("a", { scopeValues: ["read"] }), api("b", { scopeValues: ["read"] })] }) },
        { name: "the Management API's own list is not checked", model: tenant({ apis: [managementApi({ scopeValues: ["read:users", "read:users"] })] }) },
        { name: "an OIDC name inside a longer scope", model: withScopes("read:profile", "email:send") },
        { name: "non-ASCII letters", model: withScopes("lire:produits-é") },
    ],
    invalid: [
        { name: "empty", model: withScopes(""), findings: [{ path: 'apis.catalog.scopes[""]', severity: "error", message: "is empty" }] },
        {
            name: "281 characters",
            model: withScopes(`${longest}s`),
            findings: [{ path: `apis.catalog.scopes.${longest}s`, message: "281 characters long (at most 280)" }],
        },
        {
            name: "space, tab, quote and backslash, each character named once",
            model: withScopes("read all products", "read:\tall", 'read:"products"', "read\\products"),
            findings: [
                { path: 'apis.catalog.scopes["read all products"]', message: 'contains " " (' },
                { path: 'apis.catalog.scopes["read:\\"products\\""]', message: 'contains "\\""' },
                { path: "apis.catalog.scopes.read\\products", message: 'contains "\\\\"' },
                { path: 'apis.catalog.scopes["read:\\tall"]', message: 'contains "\\t"' },
            ],
        },
        {
            name: "declared twice: the second declaration is reported",
            model: withScopes("read:products", "write:products", "read:products"),
            findings: [{ path: "apis.catalog.scopes.read:products", message: "declared twice" }],
        },
        {
            name: "reserved OpenID Connect scopes, also on an external API",
            model: tenant({
                apis: [api("catalog", { scopeValues: ["openid", "offline_access"] }), api("ledger", { kind: "external", scopeValues: ["email"] })],
            }),
            findings: [
                { path: "apis.catalog.scopes.openid", message: "Auth0 reserves" },
                { path: "apis.catalog.scopes.offline_access" },
                { path: "apis.ledger.scopes.email" },
            ],
        },
        {
            name: "the profile claims Auth0 reserves too",
            model: withScopes("name", "nickname", "picture", "identities", "created_at", "email_verified", "given_name", "family_name", "read:names"),
            findings: ["name", "nickname", "picture", "identities", "created_at", "email_verified", "given_name", "family_name"].map((value) => ({
                path: `apis.catalog.scopes.${value}`,
                severity: "error" as const,
            })),
        },
    ],
});
