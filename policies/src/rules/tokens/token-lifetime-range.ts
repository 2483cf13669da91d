import type { Api } from "../../model";
import { defineRule } from "../../rule";
import { isValidTokenLifetime, MAX_TOKEN_LIFETIME } from "./token-lifetimes";

function lifetimeFinding(api: Api) {
    return {
        source: api.source,
        path: `${api.source.path}.tokenLifetime`,
        message: `API '${api.key}' has token lifetime ${api.tokenLifetime}; Auth0 accepts whole seconds from 0 to ${MAX_TOKEN_LIFETIME} (30 days)`,
        hint: "choose a lifetime in that range; keep it short (an hour or less) and renew tokens with refresh tokens",
    };
}

/** Auth0 refuses a web (implicit/hybrid flow) lifetime above the API's token lifetime. */
function webLifetimeFinding(api: Api) {
    return {
        source: api.source,
        path: `${api.source.path}.tokenLifetimeForWeb`,
        message: `API '${api.key}' has web token lifetime ${api.tokenLifetimeForWeb}; Auth0 accepts whole seconds from 0 to the token lifetime (${api.tokenLifetime})`,
        hint: `set tokenLifetimeForWeb to at most ${api.tokenLifetime}, or leave it out (it then defaults to the shorter of 7200 and tokenLifetime)`,
    };
}

export const tokenLifetimeRange = defineRule({
    meta: {
        id: "token-lifetime-range",
        severity: "error",
        description:
            `An API's access token lifetime is not a whole number of seconds between 0 and ${MAX_TOKEN_LIFETIME}, ` +
            "or its web (implicit/hybrid flow) token lifetime exceeds it.",
        docs: "https://auth0.com/docs/get-started/apis/api-settings",
        waivable: false,
    },
    check(model) {
        // External and Management APIs are configured elsewhere; their lifetimes are not this stack's to set.
        return model.apis
            .filter((api) => api.kind === "managed")
            .flatMap((api) => {
                if (!isValidTokenLifetime(api.tokenLifetime)) return [lifetimeFinding(api)];
                const web = api.tokenLifetimeForWeb;
                return Number.isInteger(web) && web >= 0 && web <= api.tokenLifetime ? [] : [webLifetimeFinding(api)];
            });
    },
});
