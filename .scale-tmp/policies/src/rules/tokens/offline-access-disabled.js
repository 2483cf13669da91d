"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.offlineAccessDisabled = void 0;
const rule_1 = require("../../rule");
const model_index_1 = require("../model-index");
exports.offlineAccessDisabled = (0, rule_1.defineRule)({
    meta: {
        id: "offline-access-disabled",
        severity: "error",
        description: "An app with refresh tokens calls an API on the user's behalf, but the API does not allow offline access.",
        docs: "https://auth0.com/docs/get-started/apis/api-settings",
    },
    // Refresh token policies (MRRT) naming such an API are mrrt-constraints' finding, and the
    // Management API is left out: refresh tokens never cover it.
    check(model) {
        return (0, model_index_1.resolvedGrants)(model)
            .filter(({ grant, client, api }) => grant.subjectType === "user" && client.refreshToken !== null && api.kind !== "management" && !api.offlineAccess)
            .map(({ grant, client, api }) => ({
            source: grant.source,
            message: `app '${client.key}' uses refresh tokens and calls API '${api.key}', which does not allow offline access: Auth0 issues no refresh token for it`,
            hint: `set offlineAccess: true on apis.${api.key}, or get its tokens by silent authentication instead`,
        }));
    },
});
//# sourceMappingURL=offline-access-disabled.js.map