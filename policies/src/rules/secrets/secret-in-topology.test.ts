import type { TenantModel } from "../../model";
import { api, client, role, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { secretInTopology } from "./secret-in-topology";

// Fake credentials, assembled so that secret scanners do not flag this file.
const clientSecret = ["p7YKKVJpopSPMyWxe-xPuT4gI19Orb", "-81gG_zURoF-0dimNF54IUvG4TncvlRhiX"].join("");
const base64Key = ["mwa8auDBwtaU0+hfNeNGvzMUi", "OY1F6jaP9JAHFIr7Qc="].join("");
const githubToken = `gh${"p"}_${"Ab1".repeat(12)}`;
const pem = ["-----BEGIN RSA PRIV", "ATE KEY-----\nMIIEow...\n-----END RSA PRIVATE KEY-----"].join("");
const jwt = ["eyJhbGciOiJIUzI1NiJ9", "eyJzdWIiOiIxMjM0NTY3ODkwIn0", "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"].join(".");

const withScopeDescription = (description: string): TenantModel =>
    tenant({ apis: [api("catalog", { scopes: [{ value: "read:products", description, source: { path: "apis.catalog.scopes.read:products" } }] })] });
const withCallback = (url: string) => tenant({ clients: [client("shop", "spa", { callbacks: ["https://shop.example.com/callback", url] })] });

testRule(secretInTopology, {
    valid: [
        { name: "plain scope description", model: withScopeDescription("Read the product catalog, version 2 (see CAT-12)") },
        {
            name: "ordinary URLs: ports, paths, query and a client_id",
            model: withCallback("https://login.example.com:8443/authorize?response_type=code&client_id=abc&returnTo=%2Fdashboard"),
        },
        {
            name: "CamelCase identifiers with digits",
            model: withScopeDescription("AbstractSingletonProxyFactoryBean2Impl ProductsCatalogV2ItemsV3ListingV4Beta"),
        },
        {
            name: "a UUID and a hex digest",
            model: withScopeDescription("tenant 123e4567-e89b-12d3-a456-426614174000, commit d41d8cd98f00b204e9800998ecf8427e3b1c2d4e"),
        },
        { name: "a subresource-integrity hash", model: withScopeDescription("sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=") },
        {
            name: "a URL path with mixed case",
            model: tenant({ apis: [api("catalog", { identifier: "https://catalog.example.com/api/v2/ProductsCatalog/Items2024/List" })] }),
        },
        { name: "an empty query parameter named token", model: withCallback("https://shop.example.com/callback?token=") },
        {
            name: "a role that talks about secrets",
            model: tenant({ roles: [role("ops", {}, { description: "Rotates the client secret and the signing key every 90 days" })] }),
        },
    ],
    invalid: [
        {
            name: "a generated client secret in a scope description, not repeated in the message",
            model: withScopeDescription(`temporary: ${clientSecret}`),
            findings: [
                {
                    path: "apis.catalog.scopes.read:products",
                    severity: "error",
                    message: /^the description of scope read:products contains what looks like a high-entropy secret$/,
                },
            ],
        },
        {
            name: "a base64 signing key in an app description",
            model: tenant({ clients: [client("shop", "web", { description: `key ${base64Key}` })] }),
            findings: [{ path: "apps.shop.description", message: "high-entropy secret" }],
        },
        {
            name: "a GitHub token in a role description",
            model: tenant({ roles: [role("ci", {}, { description: `uses ${githubToken}` })] }),
            findings: [{ path: "roles.ci.description", message: "a GitHub token" }],
        },
        {
            name: "a PEM private key in a role name",
            model: tenant({ roles: [role("ops", {}, { name: pem })] }),
            findings: [{ path: "roles.ops.name", message: "a PEM private key" }],
        },
        {
            name: "a JWT in an API name",
            model: tenant({ apis: [api("catalog", { name: `Catalog ${jwt}` })] }),
            findings: [{ path: "apis.catalog.name", message: "a JSON Web Token" }],
        },
        {
            name: "a password in a callback URL",
            model: withCallback("https://admin:hunter2@shop.example.com/callback"),
            findings: [{ path: "apps.shop.callbacks.1", message: "a password in a URL" }],
        },
        {
            name: "a client_secret in a logout URL query",
            model: tenant({ clients: [client("shop", "web", { logoutUrls: ["https://shop.example.com/?client_secret=abc123"] })] }),
            findings: [{ path: "apps.shop.logoutUrls.0", message: "a credential in a URL query (client_secret=…)" }],
        },
        {
            name: "an API-key query parameter spelled with a dash, in an API identifier",
            model: tenant({ apis: [api("catalog", { identifier: "https://catalog.example.com/?Api-Key=k" })] }),
            findings: [{ path: "apis.catalog.identifier", message: "Api-Key=…" }],
        },
    ],
});

// testRule runs without waivers, so their reasons are checked on the rule's reports directly.
it("secret-in-topology reads waiver reasons", () => {
    const model = tenant({ waivers: [{ rule: "unused-api", target: "apis.catalog", reason: `approved with ${githubToken}`, source: { path: "waivers.0" } }] });
    expect(secretInTopology.check(model)).toEqual([expect.objectContaining({ path: "waivers.0.reason", message: expect.stringContaining("a GitHub token") })]);
});
