import { client, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { callbackWildcard } from "./callback-wildcard";

const web = (callbacks: string[], environment: "production" | "development" = "development", firstParty = true) =>
    tenant({ environment, clients: [client("shop", "web", { callbacks, firstParty })] });

testRule(callbackWildcard, {
    valid: [
        { name: "exact URLs", model: web(["https://shop.example.com/callback", "http://localhost:3000/callback"]) },
        {
            name: "organization placeholder, as Auth0 recommends, even in production",
            model: tenant({
                environment: "production",
                clients: [client("shop", "spa", { callbacks: ["https://{organization_name}.example.com/callback"], allowedOrigins: ["https://{organization_name}.example.com"] })],
            }),
        },
        {
            name: "custom-domain metadata placeholder with a public key, in any URL list",
            model: tenant({
                clients: [
                    client("shop", "web", {
                        callbacks: ["https://{custom_domain.metadata.public_app_host}.example.com/login"],
                        logoutUrls: ["https://{custom_domain.metadata.PUBLIC_app_host}.example.com"],
                    }),
                ],
            }),
        },
    ],
    invalid: [
        {
            name: "leftmost label wildcard: warning on development",
            model: web(["https://shop.example.com/cb", "https://*.example.com/cb"]),
            findings: [{ path: "apps.shop.callbacks.1", severity: "warning", message: "every matching subdomain" }],
        },
        {
            name: "a wildcard with a prefix and a suffix works at Auth0: warning on development, like any wildcard",
            model: web(["https://pr-*-preview.example.com/cb", "https://*-staging.example.com/cb"]),
            findings: [
                { path: "apps.shop.callbacks.0", severity: "warning" },
                { path: "apps.shop.callbacks.1", severity: "warning" },
            ],
        },
        {
            name: "every well-formed wildcard is an error on production (exact matching, RFC 9700)",
            model: web(["https://*.example.com/cb", "https://pr-*-preview.example.com/cb"], "production"),
            findings: [
                { path: "apps.shop.callbacks.0", severity: "error" },
                { path: "apps.shop.callbacks.1", severity: "error" },
            ],
        },
        {
            name: "two wildcards, a wildcard under a top-level domain, a non-leftmost label, a character hosts cannot hold",
            model: web(["https://*.*.example.com/cb", "https://*.com/cb", "https://sub.*.example.com/cb", "https://a_*.example.com/cb"]),
            findings: [
                { path: "apps.shop.callbacks.0", severity: "error", message: "more than one" },
                { path: "apps.shop.callbacks.1", severity: "error", message: "registrable domain" },
                { path: "apps.shop.callbacks.2", severity: "error", message: "leftmost label" },
                { path: "apps.shop.callbacks.3", severity: "error", message: "cannot hold" },
            ],
        },
        {
            name: "wildcard in the path or in a custom scheme's host",
            model: tenant({ clients: [client("mobile", "native", { callbacks: ["https://app.example.com/*", "com.example.app://*.example.com/cb"] })] }),
            findings: [
                { path: "apps.mobile.callbacks.0", severity: "error", message: "outside the host" },
                { path: "apps.mobile.callbacks.1", severity: "error", message: "not an http(s) URL" },
            ],
        },
        {
            name: "organization placeholders Auth0 does not evaluate: with a prefix, below the leftmost label, with a wildcard, in a logout URL",
            model: tenant({
                clients: [
                    client("shop", "web", {
                        callbacks: [
                            "https://x-{organization_name}.example.com/cb",
                            "https://sub.{organization_name}.example.com/cb",
                            "https://{organization_name}.*.example.com/cb",
                            "https://example.com/{organization_name}/cb",
                        ],
                        logoutUrls: ["https://{organization_name}.example.com"],
                    }),
                ],
            }),
            findings: [
                { path: "apps.shop.callbacks.0", severity: "error", message: "prefix or suffix" },
                { path: "apps.shop.callbacks.1", severity: "error", message: "leftmost label" },
                { path: "apps.shop.callbacks.2", severity: "error", message: "more than one" },
                { path: "apps.shop.callbacks.3", severity: "error", message: "outside the host" },
                { path: "apps.shop.logoutUrls.0", severity: "error", message: "only in callbacks and allowed origins" },
            ],
        },
        {
            name: "a placeholder that is not Auth0's, or a custom-domain key without the public_ prefix",
            model: web(["https://{tenant}.example.com/cb", "https://{custom_domain.metadata.app_host}.example.com/cb"]),
            findings: [
                { path: "apps.shop.callbacks.0", severity: "error", message: "does not evaluate" },
                { path: "apps.shop.callbacks.1", severity: "error", message: "does not evaluate" },
            ],
        },
        {
            name: "third-party app: error even on development",
            model: web(["https://*.example.com/cb"], "development", false),
            findings: [{ path: "apps.shop.callbacks.0", severity: "error", message: "third-party" }],
        },
        {
            name: "logout URLs and origins too",
            model: tenant({
                clients: [
                    client("storefront", "spa", {
                        logoutUrls: ["https://*.example.com"],
                        webOrigins: ["https://*.example.com"],
                        allowedOrigins: ["https://*.example.com"],
                    }),
                ],
            }),
            findings: [
                { path: "apps.storefront.logoutUrls.0", severity: "warning" },
                { path: "apps.storefront.webOrigins.0", severity: "warning" },
                { path: "apps.storefront.allowedOrigins.0", severity: "warning" },
            ],
        },
    ],
});
