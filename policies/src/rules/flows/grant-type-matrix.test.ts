import { client, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { grantTypeMatrix } from "./grant-type-matrix";

import { CIBA, MFA_GRANTS, PASSWORDLESS_OTP, TOKEN_EXCHANGE } from "./grant-types";

const DEVICE_CODE = "urn:ietf:params:oauth:grant-type:device_code";
const only = (c: ReturnType<typeof client>) => tenant({ clients: [c] });

testRule(grantTypeMatrix, {
    valid: [
        {
            name: "resolved defaults of every app type",
            model: tenant({ clients: [client("s", "spa"), client("n", "native"), client("w", "web"), client("m", "m2m")] }),
        },
        { name: "native app with device code", model: only(client("tv", "native", { grantTypes: ["authorization_code", "refresh_token", DEVICE_CODE] })) },
        {
            name: "CIBA on a web app and on a machine client: confidential clients, the user approves on another device",
            model: tenant({
                clients: [client("call-centre", "web", { grantTypes: ["authorization_code", CIBA] }), client("approvals", "m2m", { grantTypes: ["client_credentials", CIBA] })],
            }),
        },
        {
            name: "token exchange (native social, custom token exchange) on spa, native and web apps",
            model: tenant({
                clients: [
                    client("s", "spa", { grantTypes: ["authorization_code", TOKEN_EXCHANGE] }),
                    client("n", "native", { grantTypes: ["authorization_code", TOKEN_EXCHANGE] }),
                    client("w", "web", { grantTypes: ["authorization_code", TOKEN_EXCHANGE] }),
                ],
            }),
        },
        {
            name: "embedded passwordless OTP and the MFA grants on first-party native and web apps",
            model: tenant({
                clients: [
                    client("n", "native", { grantTypes: ["authorization_code", PASSWORDLESS_OTP, ...MFA_GRANTS] }),
                    client("w", "web", { grantTypes: ["authorization_code", PASSWORDLESS_OTP, ...MFA_GRANTS] }),
                ],
            }),
        },
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
            name: "a JWT bearer grant (not an Auth0 grant type) on a web app",
            model: only(client("admin", "web", { grantTypes: ["authorization_code", "urn:ietf:params:oauth:grant-type:jwt-bearer"] })),
            findings: [{ path: "apps.admin", message: "jwt-bearer" }],
        },
        {
            name: "CIBA on a public client: Auth0 requires a confidential one",
            model: only(client("kiosk", "spa", { grantTypes: ["authorization_code", CIBA] })),
            findings: [{ path: "apps.kiosk", severity: "error", message: "ciba" }],
        },
        {
            name: "token exchange and MFA grants on a machine client",
            model: only(client("sync", "m2m", { grantTypes: ["client_credentials", TOKEN_EXCHANGE, MFA_GRANTS[0]!] })),
            findings: [
                { path: "apps.sync", message: "token-exchange" },
                { path: "apps.sync", message: "mfa-oob" },
            ],
        },
    ],
});
