import { client, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { grantTypeMatrix } from "./grant-type-matrix";

const DEVICE_CODE = "urn:ietf:params:oauth:grant-type:device_code";
const only = (c: ReturnType<typeof client>) => tenant({ clients: [c] });

testRule(grantTypeMatrix, {
    valid: [
        {
            name: "resolved defaults of every app type",
            model: tenant({ clients: [client("s", "spa"), client("n", "native"), client("w", "web"), client("m", "m2m")] }),
        },
        { name: "native app with device code", model: only(client("tv", "native", { grantTypes: ["authorization_code", "refresh_token", DEVICE_CODE] })) },
        { name: "implicit is left to implicit-grant", model: only(client("s", "spa", { grantTypes: ["authorization_code", "implicit"] })) },
        {
            name: "password grants are left to password-grant",
            model: only(client("w", "web", { grantTypes: ["password", "http://auth0.com/oauth/grant-type/password-realm"] })),
        },
        { name: "client_credentials on a spa is left to public-client-credentials", model: only(client("s", "spa", { grantTypes: ["client_credentials"] })) },
        {
            name: "authorization_code on an m2m app is left to m2m-user-flow",
            model: only(client("m", "m2m", { grantTypes: ["client_credentials", "authorization_code"] })),
        },
    ],
    invalid: [
        {
            name: "device code on a spa",
            model: only(client("storefront", "spa", { grantTypes: ["authorization_code", DEVICE_CODE] })),
            findings: [{ path: "apps.storefront", severity: "error", message: "device_code" }],
        },
        {
            name: "device code on a web app (native only)",
            model: only(client("admin", "web", { grantTypes: ["authorization_code", DEVICE_CODE] })),
            findings: [{ path: "apps.admin", severity: "error", message: "uses only authorization_code, refresh_token, client_credentials" }],
        },
        {
            name: "refresh_token on an m2m app",
            model: only(client("sync", "m2m", { grantTypes: ["client_credentials", "refresh_token"] })),
            findings: [{ path: "apps.sync", severity: "error", message: "'refresh_token'" }],
        },
        {
            name: "an MFA grant and a JWT bearer grant on a web app",
            model: only(client("admin", "web", { grantTypes: ["authorization_code", "http://auth0.com/oauth/grant-type/mfa-otp", "urn:ietf:params:oauth:grant-type:jwt-bearer"] })),
            findings: [
                { path: "apps.admin", message: "mfa-otp" },
                { path: "apps.admin", message: "jwt-bearer" },
            ],
        },
    ],
});
