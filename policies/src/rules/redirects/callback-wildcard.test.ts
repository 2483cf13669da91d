import { client, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { callbackWildcard } from "./callback-wildcard";

const web = (callbacks: string[], environment: "production" | "development" = "development", firstParty = true) =>
    tenant({ environment, clients: [client("shop", "web", { callbacks, firstParty })] });

testRule(callbackWildcard, {
    valid: [
        { name: "exact URLs", model: web(["https://shop.example.com/callback", "http://localhost:3000/callback"]) },
        {
            name: "organization placeholder is not a wildcard",
            model: web(["https://{organization_name}.example.com/callback"]),
        },
    ],
    invalid: [
        {
            name: "leftmost label wildcard: warning on development",
            model: web(["https://shop.example.com/cb", "https://*.example.com/cb"]),
            findings: [{ path: "apps.shop.callbacks.1", severity: "warning", message: "every subdomain" }],
        },
        {
            name: "leftmost label wildcard: error on production",
            model: web(["https://*.example.com/cb"], "production"),
            findings: [{ path: "apps.shop.callbacks.0", severity: "error" }],
        },
        {
            name: "two wildcards, a partial label, a wildcard under a top-level domain, a non-leftmost label",
            model: web(["https://*.*.example.com/cb", "https://foo*.example.com/cb", "https://*.com/cb", "https://sub.*.example.com/cb"]),
            findings: [
                { path: "apps.shop.callbacks.0", severity: "error", message: "not one whole leftmost subdomain label" },
                { path: "apps.shop.callbacks.1", severity: "error" },
                { path: "apps.shop.callbacks.2", severity: "error" },
                { path: "apps.shop.callbacks.3", severity: "error" },
            ],
        },
        {
            name: "wildcard in the path or in a custom scheme's host",
            model: tenant({ clients: [client("mobile", "native", { callbacks: ["https://app.example.com/*", "com.example.app://*.example.com/cb"] })] }),
            findings: [
                { path: "apps.mobile.callbacks.0", severity: "error" },
                { path: "apps.mobile.callbacks.1", severity: "error" },
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
