"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.audienceSprawl = void 0;
const rule_1 = require("../../rule");
const user_audiences_1 = require("./user-audiences");
exports.audienceSprawl = (0, rule_1.defineRule)({
    meta: {
        id: "audience-sprawl",
        severity: "warning",
        description: "An app calls more APIs on the user's behalf than the tenant's maxAudiences: one token per audience adds up.",
        docs: "https://auth0.com/docs/get-started/apis/set-logical-api",
    },
    check: (model) => (0, user_audiences_1.userAudiences)(model)
        .filter(({ apis }) => apis.length > model.maxAudiences)
        .map(({ client, apis }) => ({
        source: client.source,
        message: `app '${client.key}' calls ${apis.length} APIs on the user's behalf (${apis.map((a) => a.key).join(", ")}), ` +
            `more than maxAudiences (${model.maxAudiences}): it must obtain and refresh a token for each`,
        hint: "consider one logical API with namespaced scopes (for example orders:read, billing:read) for what this app calls",
    })),
});
//# sourceMappingURL=audience-sprawl.js.map