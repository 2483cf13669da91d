"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.multiAudienceApp = void 0;
const rule_1 = require("../../rule");
const user_audiences_1 = require("./user-audiences");
exports.multiAudienceApp = (0, rule_1.defineRule)({
    meta: {
        id: "multi-audience-app",
        severity: "info",
        description: "An app calls several APIs on the user's behalf: an access token has one audience, so it needs one token per API.",
        docs: "https://auth0.com/docs/secure/tokens/access-tokens/get-access-tokens#multiple-audiences",
    },
    check: (model) => (0, user_audiences_1.userAudiences)(model)
        .filter(({ apis }) => apis.length > 1)
        .map(({ client, apis }) => ({
        source: client.source,
        message: `app '${client.key}' calls ${apis.length} APIs on the user's behalf and needs one access token per audience: ` +
            apis.map((a) => a.identifier).join(", "),
        hint: "request each token with its own audience (silent authentication, or Multi-Resource Refresh Tokens with refreshTokens: true); " +
            "the generated client config lists the audiences",
    })),
});
//# sourceMappingURL=multi-audience-app.js.map