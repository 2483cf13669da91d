import { client, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { spaWebOriginMissing } from "./spa-web-origin-missing";

const spa = (callbacks: string[], webOrigins: string[]) => tenant({ clients: [client("storefront", "spa", { callbacks, webOrigins })] });

testRule(spaWebOriginMissing, {
    valid: [
        { name: "callback origin listed", model: spa(["https://shop.example.com/callback"], ["https://shop.example.com"]) },
        { name: "trailing slash and default port are the same origin", model: spa(["https://shop.example.com:443/callback"], ["https://shop.example.com/"]) },
        { name: "covered by a leftmost wildcard origin", model: spa(["https://eu.shop.example.com/callback"], ["https://*.shop.example.com"]) },
        { name: "wildcard callback with the same wildcard origin", model: spa(["https://*.example.com/callback"], ["https://*.example.com"]) },
        { name: "no callbacks", model: spa([], []) },
        {
            name: "web apps do not use silent authentication in the browser",
            model: tenant({ clients: [client("admin", "web", { callbacks: ["https://admin.example.com/callback"] })] }),
        },
    ],
    invalid: [
        {
            name: "no web origins at all",
            model: spa(["https://shop.example.com/callback"], []),
            findings: [{ path: "apps.storefront.callbacks.0", severity: "warning", message: "https://shop.example.com is not among its web origins" }],
        },
        {
            name: "a different port, a different scheme, a deeper subdomain than the wildcard",
            model: spa(
                ["http://localhost:3000/callback", "http://shop.example.com/callback", "https://a.b.example.com/callback"],
                ["http://localhost:4200", "https://shop.example.com", "https://*.example.com"],
            ),
            findings: [
                { path: "apps.storefront.callbacks.0", message: "http://localhost:3000" },
                { path: "apps.storefront.callbacks.1", message: "http://shop.example.com" },
                { path: "apps.storefront.callbacks.2", message: "https://a.b.example.com" },
            ],
        },
        {
            name: "one finding per missing origin",
            model: spa(["https://shop.example.com/callback", "https://shop.example.com/silent", "https://other.example.com/cb"], []),
            findings: [{ path: "apps.storefront.callbacks.0" }, { path: "apps.storefront.callbacks.2" }],
        },
    ],
});
