import { api, caller, client, grant, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { m2mUserFlow } from "./m2m-user-flow";

const catalog = api("catalog");

testRule(m2mUserFlow, {
    valid: [
        {
            name: "m2m app with a client grant",
            model: tenant({
                apis: [catalog],
                clients: [client("sync", "m2m")],
                grants: [grant("sync", "catalog", ["write:products"], { subjectType: "client", source: { path: "apps.sync.access.catalog" } })],
            }),
        },
        {
            name: "web app with callbacks and user access",
            model: tenant({
                apis: [catalog],
                clients: [client("admin", "web", { callbacks: ["https://admin.example.com/callback"] })],
                grants: [grant("admin", "catalog", ["read:products"])],
            }),
        },
    ],
    invalid: [
        {
            name: "m2m app with callbacks, logout URLs, web and allowed origins",
            model: tenant({
                clients: [
                    client("sync", "m2m", {
                        callbacks: ["https://sync.example.com/cb"],
                        logoutUrls: ["https://sync.example.com"],
                        webOrigins: ["https://sync.example.com"],
                        allowedOrigins: ["https://sync.example.com"],
                    }),
                ],
            }),
            findings: [
                { path: "apps.sync.callbacks", severity: "error", message: "declares callbacks" },
                { path: "apps.sync.logoutUrls", severity: "error", message: "declares logoutUrls" },
                { path: "apps.sync.webOrigins", severity: "error", message: "declares webOrigins" },
                { path: "apps.sync.allowedOrigins", severity: "error", message: "declares allowedOrigins" },
            ],
        },
        {
            name: "m2m app with a user grant",
            model: tenant({ apis: [catalog], clients: [client("sync", "m2m")], grants: [grant("sync", "catalog", ["read:products"])] }),
            findings: [{ path: "apps.sync.access.catalog", severity: "error", message: "user access to 'catalog'" }],
        },
        {
            name: "an API's caller with sign-in grant types",
            model: tenant({ clients: [caller("orders", { grantTypes: ["client_credentials", "authorization_code", "implicit"] })] }),
            findings: [
                { path: "apis.orders.calls", severity: "error", message: "'authorization_code'" },
                { path: "apis.orders.calls", severity: "error", message: "'implicit'" },
            ],
        },
        {
            name: "device code on an m2m app",
            model: tenant({ clients: [client("sync", "m2m", { grantTypes: ["client_credentials", "urn:ietf:params:oauth:grant-type:device_code"] })] }),
            findings: [{ path: "apps.sync", severity: "error", message: "device_code" }],
        },
    ],
});
