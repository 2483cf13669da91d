import { client, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { callbackLocalhostInProduction } from "./callback-localhost-in-production";

const storefront = (environment: "production" | "development") =>
    tenant({
        environment,
        clients: [
            client("storefront", "spa", {
                callbacks: ["https://shop.example.com/callback", "http://localhost:3000/callback"],
                logoutUrls: ["http://127.0.0.1:3000"],
                webOrigins: ["http://[::1]:3000"],
            }),
        ],
    });

testRule(callbackLocalhostInProduction, {
    valid: [
        { name: "loopback URLs on a development stack", model: storefront("development") },
        {
            name: "public URLs and native custom schemes on a production stack",
            model: tenant({
                environment: "production",
                clients: [client("mobile", "native", { callbacks: ["https://shop.example.com/cb", "com.example.app://callback"], webOrigins: ["capacitor://localhost"] })],
            }),
        },
        {
            name: "a native app's 'localhost' redirect on a development stack",
            model: tenant({ clients: [client("cli", "native", { callbacks: ["http://localhost:8400/callback"] })] }),
        },
        {
            name: "a desktop or CLI native app's loopback IP redirects on a production stack (RFC 8252 §7.3)",
            model: tenant({
                environment: "production",
                clients: [client("cli", "native", { callbacks: ["http://127.0.0.1:8400/callback", "http://[::1]:8400/callback"], logoutUrls: ["http://127.0.0.1:8400/"] })],
            }),
        },
    ],
    invalid: [
        {
            name: "localhost, 127.0.0.1 and [::1] on a production stack",
            model: storefront("production"),
            findings: [
                { path: "apps.storefront.callbacks.1", severity: "error", message: "'http://localhost:3000/callback'" },
                { path: "apps.storefront.logoutUrls.0", severity: "error" },
                { path: "apps.storefront.webOrigins.0", severity: "error" },
            ],
        },
        {
            name: "a native app's 'localhost' redirect is a note; its loopback web origin is not a redirect",
            model: tenant({
                environment: "production",
                clients: [client("cli", "native", { callbacks: ["http://localhost:8400/callback"], webOrigins: ["http://127.0.0.1:8400"] })],
            }),
            findings: [
                { path: "apps.cli.callbacks.0", severity: "info", message: "by name" },
                { path: "apps.cli.webOrigins.0", severity: "error" },
            ],
        },
        {
            name: "a web app may not keep loopback IP callbacks in production",
            model: tenant({ environment: "production", clients: [client("portal", "web", { callbacks: ["http://127.0.0.1:3000/callback"] })] }),
            findings: [{ path: "apps.portal.callbacks.0", severity: "error" }],
        },
    ],
});
