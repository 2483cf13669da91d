import { defineRule } from "../../rule";
import { isValidTokenLifetime, MAX_TOKEN_LIFETIME } from "./token-lifetimes";

export const tokenLifetimeRange = defineRule({
    meta: {
        id: "token-lifetime-range",
        severity: "error",
        description: `An API's access token lifetime is not a whole number of seconds between 0 and ${MAX_TOKEN_LIFETIME}.`,
        docs: "https://auth0.com/docs/get-started/apis/api-settings",
        waivable: false,
    },
    check(model) {
        // External and Management APIs are configured elsewhere; their lifetimes are not this stack's to set.
        return model.apis
            .filter((api) => api.kind === "managed" && !isValidTokenLifetime(api.tokenLifetime))
            .map((api) => ({
                source: api.source,
                path: `${api.source.path}.tokenLifetime`,
                message: `API '${api.key}' has token lifetime ${api.tokenLifetime}; Auth0 accepts whole seconds from 0 to ${MAX_TOKEN_LIFETIME} (30 days)`,
                hint: "choose a lifetime in that range; keep it short (an hour or less) and renew tokens with refresh tokens",
            }));
    },
});
