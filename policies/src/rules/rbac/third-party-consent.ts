import type { Client, Grant } from "../../model";
import { defineRule, type Report } from "../../rule";
import { grantScopePath, thirdPartyMode } from "../model-index";
import { clientUrls } from "../redirects/urls";

/** Grant types of a strict third-party app (the rest bypass consent or PKCE). */
const STRICT_GRANT_TYPES: ReadonlySet<string> = new Set(["authorization_code", "refresh_token", "client_credentials"]);
/** Permissive mode keeps most grant types, never the password grant. */
const PERMISSIVE_REFUSED_GRANT_TYPES: ReadonlySet<string> = new Set(["password"]);
/** OpenID Connect scopes: strict third-party apps get no ID tokens and no /userinfo. */
const OIDC_SCOPES: ReadonlySet<string> = new Set(["openid", "profile", "email", "address", "phone"]);

function grantTypeReport(client: Client, refused: readonly string[], strict: boolean): Report[] {
    if (refused.length === 0) return [];
    const allowed = strict ? "authorization_code (with PKCE and the user's consent), refresh_token and client_credentials" : "any grant type but password";
    return [{
        source: client.source,
        message: `third-party app '${client.key}' (${strict ? "strict" : "permissive"} mode) has grant type ${refused.join(", ")}: it may only use ${allowed}`,
        hint: `remove ${refused.join(", ")} from the app's grant types, or make it first-party if you own it`,
    }];
}

/** What Auth0's enhanced security controls refuse on a strict third-party app. */
function strictReports(client: Client, grants: readonly Grant[]): Report[] {
    const at = (what: string, path: string, hint: string): Report => ({
        source: client.source,
        path,
        message: `third-party app '${client.key}' (strict mode) ${what}, which Auth0's enhanced security controls refuse`,
        hint,
    });
    const modeHint = "or, for an account that had third-party apps before April 2026, set thirdPartySecurityMode: permissive";
    const reports: Report[] = [];
    for (const url of clientUrls(client)) {
        if (url.value.includes("*")) reports.push(at(`has the wildcard URL ${url.value}`, url.path, "list each exact URL"));
    }
    if (client.logoutUrls.length > 0) reports.push(at("has logout URLs (no logout endpoints for it)", `${client.source.path}.logoutUrls`, `remove them (revoke its tokens with POST /oauth/revoke), ${modeHint}`));
    if (client.refreshToken !== null && client.refreshToken.expiration === "non-expiring") {
        reports.push(at("has non-expiring refresh tokens", `${client.source.path}.refreshTokens`, "use expiring refresh tokens"));
    }
    if (client.idTokenSigningAlg !== "RS256") reports.push(at(`signs with ${client.idTokenSigningAlg}`, client.source.path, "sign with RS256"));
    for (const grant of grants) {
        for (const [index, scope] of grant.scopes.entries()) {
            if (OIDC_SCOPES.has(scope)) reports.push(at(`requests the OIDC scope ${scope} (no ID tokens or /userinfo for it)`, grantScopePath(grant, index), `remove ${scope}, ${modeHint}`));
        }
    }
    return reports;
}

// The other half of the catalog line, user access without an explicit user grant, cannot occur in the
// model: a client reaches an API on a user's behalf only through a user grant (refresh-token policies
// of third-party apps are mrrt-constraints' finding, the Management API third-party-system-api's).
export const thirdPartyConsent = defineRule({
    meta: {
        id: "third-party-consent",
        severity: "error",
        description:
            "A third-party app uses what its security mode refuses: in strict mode (Auth0's enhanced security controls, the default) " +
            "a grant type other than authorization_code, refresh_token and client_credentials, wildcard URLs, logout URLs, " +
            "non-expiring refresh tokens, OIDC scopes or a signing algorithm other than RS256; in permissive mode the password grant.",
        docs: "https://auth0.com/docs/get-started/applications/third-party-applications/security-controls",
        waivable: false,
    },
    check(model) {
        const userGrants = (client: Client) => model.grants.filter((g) => g.client === client.key && g.subjectType === "user");
        return model.clients.flatMap((client) => {
            const mode = thirdPartyMode(client);
            if (mode === undefined) return [];
            const strict = mode === "strict";
            const refused = client.grantTypes.filter((t) => (strict ? !STRICT_GRANT_TYPES.has(t) : PERMISSIVE_REFUSED_GRANT_TYPES.has(t)));
            return [...grantTypeReport(client, refused, strict), ...(strict ? strictReports(client, userGrants(client)) : [])];
        });
    },
});
