"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.tokenLifetimeRange = void 0;
const rule_1 = require("../../rule");
const token_lifetimes_1 = require("./token-lifetimes");
exports.tokenLifetimeRange = (0, rule_1.defineRule)({
    meta: {
        id: "token-lifetime-range",
        severity: "error",
        description: `An API's access token lifetime is not a whole number of seconds between 0 and ${token_lifetimes_1.MAX_TOKEN_LIFETIME}.`,
        docs: "https://auth0.com/docs/get-started/apis/api-settings",
        waivable: false,
    },
    check(model) {
        // External and Management APIs are configured elsewhere; their lifetimes are not this stack's to set.
        return model.apis
            .filter((api) => api.kind === "managed" && !(0, token_lifetimes_1.isValidTokenLifetime)(api.tokenLifetime))
            .map((api) => ({
            source: api.source,
            path: `${api.source.path}.tokenLifetime`,
            message: `API '${api.key}' has token lifetime ${api.tokenLifetime}; Auth0 accepts whole seconds from 0 to ${token_lifetimes_1.MAX_TOKEN_LIFETIME} (30 days)`,
            hint: "choose a lifetime in that range; keep it short (an hour or less) and renew tokens with refresh tokens",
        }));
    },
});
//# sourceMappingURL=token-lifetime-range.js.map