"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.signingAlgHs256 = void 0;
const rule_1 = require("../../rule");
exports.signingAlgHs256 = (0, rule_1.defineRule)({
    meta: {
        id: "signing-alg-hs256",
        severity: "warning",
        description: "An API signs its access tokens with HS256, a secret shared with every service that verifies them.",
        docs: "https://auth0.com/docs/get-started/applications/signing-algorithms",
    },
    check(model) {
        return model.apis
            .filter((api) => api.kind === "managed" && api.signingAlg === "HS256")
            .map((api) => ({
            source: api.source,
            path: `${api.source.path}.signingAlg`,
            message: `API '${api.key}' signs tokens with HS256: every service that verifies them holds the secret and can mint tokens`,
            hint: "use RS256 (or PS256): services verify with the tenant's public keys",
        }));
    },
});
//# sourceMappingURL=signing-alg-hs256.js.map