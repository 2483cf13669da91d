"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.thirdPartyConsent = void 0;
const rule_1 = require("../../rule");
/** The only grant types Auth0 supports for third-party applications (the rest bypass consent or PKCE). */
const THIRD_PARTY_GRANT_TYPES = new Set(["authorization_code", "refresh_token", "client_credentials"]);
// The other half of the catalog line, user access without an explicit user grant, cannot occur in the
// model: a client reaches an API on a user's behalf only through a user grant (refresh-token policies
// of third-party apps are mrrt-constraints' finding).
exports.thirdPartyConsent = (0, rule_1.defineRule)({
    meta: {
        id: "third-party-consent",
        severity: "error",
        description: "A third-party app uses a grant type that bypasses the user's consent " +
            "(Auth0 allows only authorization_code, refresh_token and client_credentials).",
        docs: "https://auth0.com/docs/get-started/applications/third-party-applications/security-controls",
        waivable: false,
    },
    check: (model) => model.clients.flatMap((client) => {
        if (client.firstParty)
            return [];
        const outside = client.grantTypes.filter((t) => !THIRD_PARTY_GRANT_TYPES.has(t));
        if (outside.length === 0)
            return [];
        return [
            {
                source: client.source,
                message: `third-party app '${client.key}' has grant type ${outside.join(", ")}: third-party apps may only use ` +
                    "authorization_code (with PKCE and the user's consent), refresh_token and client_credentials",
                hint: `remove ${outside.join(", ")} from the app's grant types, or make it first-party if you own it`,
            },
        ];
    }),
});
//# sourceMappingURL=third-party-consent.js.map