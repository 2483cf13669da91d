import { client, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { callbackInsecure } from "./callback-insecure";

const web = (callbacks: string[]) => tenant({ clients: [client("shop", "web", { callbacks })] });

testRule(callbackInsecure, {
    valid: [
        { name: "https", model: web(["https://shop.example.com/callback"]) },
        {
            name: "http on loopback hosts",
            model: web(["http://localhost:3000/callback", "http://127.0.0.1:8080/cb", "http://[::1]:3000/cb", "http://app.localhost/cb"]),
        },
        {
            name: "custom schemes of a native app",
            model: tenant({
                clients: [client("mobile", "native", { callbacks: ["com.example.app://callback", "myapp:/oauth2redirect"], webOrigins: ["capacitor://localhost"] })],
            }),
        },
    ],
    invalid: [
        {
            name: "http to a public host",
            model: web(["https://shop.example.com/callback", "http://example.com/callback"]),
            findings: [{ path: "apps.shop.callbacks.1", severity: "error", message: "plain http" }],
        },
        {
            name: "http to a host that only looks like loopback",
            model: web(["http://localhost.example.com/cb", "http://127.0.0.1.nip.io/cb"]),
            findings: [
                { path: "apps.shop.callbacks.0", severity: "error" },
                { path: "apps.shop.callbacks.1", severity: "error" },
            ],
        },
        {
            name: "file:// and javascript:",
            model: web(["file:///Users/me/app/index.html", "javascript:alert(1)"]),
            findings: [
                { path: "apps.shop.callbacks.0", severity: "error", message: "file:" },
                { path: "apps.shop.callbacks.1", severity: "error", message: "javascript:" },
            ],
        },
        {
            name: "unparsable URLs",
            model: web(["shop.example.com/callback", "https://"]),
            findings: [
                { path: "apps.shop.callbacks.0", severity: "error", message: "not a valid absolute URL" },
                { path: "apps.shop.callbacks.1", severity: "error", message: "not a valid absolute URL" },
            ],
        },
        {
            name: "logout URLs and origins are checked as well",
            model: tenant({
                clients: [client("storefront", "spa", { logoutUrls: ["http://shop.example.com"], webOrigins: ["http://shop.example.com"], allowedOrigins: ["not a url"] })],
            }),
            findings: [
                { path: "apps.storefront.logoutUrls.0", severity: "error" },
                { path: "apps.storefront.webOrigins.0", severity: "error" },
                { path: "apps.storefront.allowedOrigins.0", severity: "error" },
            ],
        },
    ],
});
