import { client, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { webOriginFormat } from "./web-origin-format";

const spa = (webOrigins: string[], allowedOrigins: string[] = []) => tenant({ clients: [client("storefront", "spa", { webOrigins, allowedOrigins })] });

testRule(webOriginFormat, {
    valid: [
        { name: "origins with and without port", model: spa(["https://shop.example.com", "http://localhost:3000"], ["https://*.example.com"]) },
        { name: "a trailing slash is still the origin", model: spa(["https://shop.example.com/"]) },
        { name: "a native app's custom-scheme origin", model: tenant({ clients: [client("mobile", "native", { webOrigins: ["capacitor://localhost"] })] }) },
        {
            name: "callbacks may have paths",
            model: tenant({ clients: [client("storefront", "spa", { callbacks: ["https://shop.example.com/callback?x=1"] })] }),
        },
        { name: "unparsable origins are callback-insecure's finding", model: spa(["not an origin/with/path"]) },
    ],
    invalid: [
        {
            name: "web origin with a path",
            model: spa(["https://shop.example.com", "https://shop.example.com/app"]),
            findings: [{ path: "apps.storefront.webOrigins.1", severity: "error", message: "has a path" }],
        },
        {
            name: "allowed origin with a query and a fragment",
            model: spa([], ["https://shop.example.com?x=1", "https://shop.example.com#top", "https://shop.example.com/a?b#c"]),
            findings: [
                { path: "apps.storefront.allowedOrigins.0", severity: "error", message: "a query" },
                { path: "apps.storefront.allowedOrigins.1", severity: "error", message: "a fragment" },
                { path: "apps.storefront.allowedOrigins.2", severity: "error", message: "a path and a query and a fragment" },
            ],
        },
    ],
});

test("web-origin-format suggests the bare origin", () => {
    const [report] = webOriginFormat.check(spa(["https://shop.example.com:8443/app/"]));
    expect(report?.hint).toBe("use 'https://shop.example.com:8443'");
});
