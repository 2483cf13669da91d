"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.spaSigningAlg = void 0;
const rule_1 = require("../../rule");
const HINT = "sign ID tokens with RS256 and keep the client OIDC conformant, as the Auth0 SPA SDK expects";
exports.spaSigningAlg = (0, rule_1.defineRule)({
    meta: {
        id: "spa-signing-alg",
        severity: "error",
        description: "A spa client's ID tokens are not signed with RS256, or the client is not OIDC conformant.",
        docs: "https://github.com/auth0/auth0-spa-js/blob/main/FAQ.md",
    },
    check(model) {
        const reports = [];
        for (const client of model.clients) {
            if (client.type !== "spa")
                continue;
            if (client.idTokenSigningAlg !== "RS256") {
                reports.push({
                    source: client.source,
                    message: `spa '${client.key}' signs ID tokens with ${client.idTokenSigningAlg}: a browser can only verify RS256 with the tenant's public keys`,
                    hint: HINT,
                });
            }
            if (!client.oidcConformant) {
                reports.push({ source: client.source, message: `spa '${client.key}' is not OIDC conformant`, hint: HINT });
            }
        }
        return reports;
    },
});
//# sourceMappingURL=spa-signing-alg.js.map