import { defineRule, type Report } from "../../rule";
import { MAX_REFRESH_TOKEN_LIFETIME } from "./token-lifetimes";

/** What Auth0 refuses in an app's expiring refresh token lifetimes. */
function problems(absolute: number, idle: number): string[] {
    const found: string[] = [];
    for (const [what, seconds] of [["absolute lifetime", absolute], ["idle lifetime", idle]] as const) {
        if (!Number.isInteger(seconds) || seconds < 1 || seconds > MAX_REFRESH_TOKEN_LIFETIME) found.push(`an ${what} of ${seconds} s (Auth0 accepts 1 to ${MAX_REFRESH_TOKEN_LIFETIME})`);
    }
    if (found.length === 0 && idle > absolute) found.push(`an idle lifetime (${idle} s) longer than its absolute lifetime (${absolute} s)`);
    return found;
}

export const refreshTokenLifetimes = defineRule({
    meta: {
        id: "refresh-token-lifetimes",
        severity: "error",
        description: `An app's expiring refresh tokens have an idle lifetime above their absolute lifetime, or a lifetime outside 1 to ${MAX_REFRESH_TOKEN_LIFETIME} seconds (one year).`,
        docs: "https://auth0.com/docs/secure/tokens/refresh-tokens/configure-refresh-token-expiration",
        waivable: false,
    },
    check(model) {
        const reports: Report[] = [];
        for (const client of model.clients) {
            const settings = client.refreshToken;
            if (settings === null || settings.expiration !== "expiring") continue;
            for (const problem of problems(settings.tokenLifetime, settings.idleTokenLifetime)) {
                reports.push({
                    source: client.source,
                    message: `app '${client.key}' gives its refresh tokens ${problem}, which Auth0 refuses`,
                    hint: "keep idle ≤ absolute ≤ one year, e.g. 15 days idle and 30 days absolute",
                });
            }
        }
        return reports;
    },
});
