import type { Client, TenantModel } from "../../model";
import { defineRule } from "../../rule";
import { isPublicClient, resolvedGrants } from "../model-index";
import { isValidTokenLifetime, LONG_TOKEN_LIFETIME, PUBLIC_CLIENT_TOKEN_LIFETIME } from "./token-lifetimes";

/** For each API, one spa/native app that gets user tokens for it. */
function publicCallers(model: TenantModel): Map<string, Client> {
    const callers = new Map<string, Client>();
    for (const { grant, client, api } of resolvedGrants(model)) {
        if (grant.subjectType === "user" && isPublicClient(client) && !callers.has(api.key)) callers.set(api.key, client);
    }
    return callers;
}

export const tokenLifetimeLong = defineRule({
    meta: {
        id: "token-lifetime-long",
        severity: "warning",
        description:
            `An API reached by spa or native apps issues access tokens valid for more than ${PUBLIC_CLIENT_TOKEN_LIFETIME / 3600} hours, ` +
            `or any API issues them for ${LONG_TOKEN_LIFETIME / 86400} days or more.`,
        docs: "https://auth0.com/docs/secure/tokens/access-tokens/update-access-token-lifetime",
    },
    check(model) {
        const callers = publicCallers(model);
        return model.apis.flatMap((api) => {
            // Out-of-range values are token-lifetime-range's finding.
            if (api.kind !== "managed" || api.tokenLifetime <= PUBLIC_CLIENT_TOKEN_LIFETIME || !isValidTokenLifetime(api.tokenLifetime)) return [];
            const caller = callers.get(api.key);
            if (caller === undefined && api.userAccess !== "allow_all") {
                if (api.tokenLifetime < LONG_TOKEN_LIFETIME) return [];
                return [
                    {
                        source: api.source,
                        path: `${api.source.path}.tokenLifetime`,
                        message: `API '${api.key}' issues access tokens valid for ${api.tokenLifetime} s (${Math.floor(api.tokenLifetime / 86400)} days): a leaked token stays usable that long, and access tokens cannot be revoked`,
                        hint: `lower tokenLifetime to a day or less; machine clients can request a new token whenever they need one`,
                    },
                ];
            }
            const reachedBy = caller !== undefined ? `${caller.type} app '${caller.key}'` : "any app of the tenant (userAccess: allow_all)";
            return [
                {
                    source: api.source,
                    path: `${api.source.path}.tokenLifetime`,
                    message: `API '${api.key}' issues tokens valid for ${api.tokenLifetime} s to ${reachedBy}: a token stolen from a browser or device stays usable that long`,
                    hint: `lower tokenLifetime to ${PUBLIC_CLIENT_TOKEN_LIFETIME} s or less and let apps renew tokens with rotating refresh tokens`,
                },
            ];
        });
    },
});
