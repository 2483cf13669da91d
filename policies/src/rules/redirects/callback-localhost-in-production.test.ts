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
    ],
});
