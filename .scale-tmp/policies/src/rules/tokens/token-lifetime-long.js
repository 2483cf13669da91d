"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.tokenLifetimeLong = void 0;
const rule_1 = require("../../rule");
const model_index_1 = require("../model-index");
const token_lifetimes_1 = require("./token-lifetimes");
/** For each API, one spa/native app that gets user tokens for it. */
function publicCallers(model) {
    const callers = new Map();
    for (const { grant, client, api } of (0, model_index_1.resolvedGrants)(model)) {
        if (grant.subjectType === "user" && (0, model_index_1.isPublicClient)(client) && !callers.has(api.key))
            callers.set(api.key, client);
    }
    return callers;
}
exports.tokenLifetimeLong = (0, rule_1.defineRule)({
    meta: {
        id: "token-lifetime-long",
        severity: "warning",
        description: `An API reached by spa or native apps issues access tokens valid for more than ${token_lifetimes_1.PUBLIC_CLIENT_TOKEN_LIFETIME / 3600} hours.`,
        docs: "https://auth0.com/docs/secure/tokens/access-tokens/update-access-token-lifetime",
    },
    check(model) {
        const callers = publicCallers(model);
        return model.apis.flatMap((api) => {
            // Out-of-range values are token-lifetime-range's finding.
            if (api.kind !== "managed" || api.tokenLifetime <= token_lifetimes_1.PUBLIC_CLIENT_TOKEN_LIFETIME || !(0, token_lifetimes_1.isValidTokenLifetime)(api.tokenLifetime))
                return [];
            const caller = callers.get(api.key);
            if (caller === undefined && api.userAccess !== "allow_all")
                return [];
            const reachedBy = caller !== undefined ? `${caller.type} app '${caller.key}'` : "any app of the tenant (userAccess: allow_all)";
            return [
                {
                    source: api.source,
                    path: `${api.source.path}.tokenLifetime`,
                    message: `API '${api.key}' issues tokens valid for ${api.tokenLifetime} s to ${reachedBy}: a token stolen from a browser or device stays usable that long`,
                    hint: `lower tokenLifetime to ${token_lifetimes_1.PUBLIC_CLIENT_TOKEN_LIFETIME} s or less and let apps renew tokens with rotating refresh tokens`,
                },
            ];
        });
    },
});
//# sourceMappingURL=token-lifetime-long.js.map