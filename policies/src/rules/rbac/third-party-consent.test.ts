import { client, grant, refreshToken, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { thirdPartyConsent } from "./third-party-consent";

const partner = (over: Parameters<typeof client>[2] = {}) => client("partner", "web", { firstParty: false, grantTypes: ["authorization_code", "refresh_token"], ...over });
const permissive = (over: Parameters<typeof client>[2] = {}) => partner({ thirdPartySecurityMode: "permissive", ...over });

testRule(thirdPartyConsent, {
    valid: [
        { name: "strict third-party web app with authorization code, expiring refresh tokens and exact URLs", model: tenant({ clients: [partner({ callbacks: ["https://partner.example.org/cb"], refreshToken: refreshToken() })] }) },
        { name: "third-party m2m app with client credentials", model: tenant({ clients: [client("partner-sync", "m2m", { firstParty: false })] }) },
        {
            name: "first-party app with the implicit grant, logout URLs and wildcards (other rules' concern)",
            model: tenant({ clients: [client("legacy", "spa", { grantTypes: ["implicit"], logoutUrls: ["https://*.example.com"] })] }),
        },
        {
            name: "permissive mode keeps implicit, device code, logout URLs, wildcards, OIDC scopes and non-expiring refresh tokens",
            model: tenant({
                clients: [permissive({ grantTypes: ["implicit", "urn:ietf:params:oauth:grant-type:device_code"], logoutUrls: ["https://*.partner.example.org"], refreshToken: refreshToken({ expiration: "non-expiring" }) })],
                grants: [grant("partner", "reports", ["openid", "read:reports"])],
            }),
        },
        { name: "a strict app's machine grant is not a user's OIDC request", model: tenant({ clients: [partner()], grants: [grant("partner", "reports", ["profile"], { subjectType: "client" })] }) },
    ],
    invalid: [
        {
            name: "strict third-party app with implicit and password grants",
            model: tenant({ clients: [client("partner", "spa", { firstParty: false, grantTypes: ["authorization_code", "implicit", "password"] })] }),
            findings: [{ path: "apps.partner", severity: "error", message: "grant type implicit, password" }],
        },
        {
            name: "strict third-party native app with the device code grant",
            model: tenant({ clients: [client("tv", "native", { firstParty: false, grantTypes: ["urn:ietf:params:oauth:grant-type:device_code"] })] }),
            findings: [{ path: "apps.tv", message: "device_code" }],
        },
        { name: "permissive mode still refuses the password grant", model: tenant({ clients: [permissive({ grantTypes: ["password"] })] }), findings: [{ path: "apps.partner", message: "permissive mode) has grant type password" }] },
        {
            name: "strict mode: wildcard URLs, logout URLs, non-expiring refresh tokens, an OIDC scope, HS256",
            model: tenant({
                clients: [partner({ callbacks: ["https://*.partner.example.org/cb"], webOrigins: ["https://*.partner.example.org"], logoutUrls: ["https://partner.example.org"], refreshToken: refreshToken({ expiration: "non-expiring" }), idTokenSigningAlg: "HS256" })],
                grants: [grant("partner", "reports", ["read:reports", "openid"])],
            }),
            findings: [
                { path: "apps.partner.callbacks.0", message: "wildcard URL https://*.partner.example.org/cb" },
                { path: "apps.partner.webOrigins.0", message: "wildcard URL" },
                { path: "apps.partner.logoutUrls", message: "logout URLs" },
                { path: "apps.partner.refreshTokens", message: "non-expiring refresh tokens" },
                { path: "apps.partner.access.reports.1", message: "OIDC scope openid" },
                { path: "apps.partner", message: "signs with HS256" },
            ],
        },
        {
            name: "a third-party app without a mode is strict, as Auth0 creates every new one",
            model: tenant({ clients: [partner({ thirdPartySecurityMode: undefined, logoutUrls: ["https://partner.example.org"] })] }),
            findings: [{ path: "apps.partner.logoutUrls", severity: "error" }],
        },
    ],
});
