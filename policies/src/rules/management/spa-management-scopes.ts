import { CURRENT_USER_SCOPES } from "../../management-api";
import { defineRule, type Report } from "../../rule";
import { grantScopePath, isPublicClient } from "../model-index";
import { userManagementGrants } from "./management-grants";

const CURRENT_USER = new Set(CURRENT_USER_SCOPES);
const HINT = `keep only current-user scopes (${CURRENT_USER_SCOPES.join(", ")}); do everything else from a backend with its own machine client`;

// The rule id predates the finding that Auth0 applies the current-user limit to every user flow,
// not only to SPAs; ids are stable, so it keeps its name.
export const spaManagementScopes = defineRule({
    meta: {
        id: "spa-management-scopes",
        severity: "error",
        description:
            "An app requests Management API scopes outside the current-user set on a user's behalf (a spa, native or web app, any user flow): " +
            "Auth0 silently drops them from its tokens.",
        docs: "https://auth0.com/docs/secure/tokens/access-tokens/management-api-access-tokens/get-management-api-tokens-for-single-page-applications",
    },
    // A grant of every scope is allow-all-scopes-system-api's finding (Auth0 refuses it on the
    // Management API), a third-party app's grant third-party-system-api's (it gets no token at all).
    check(model) {
        const reports: Report[] = [];
        for (const { grant, client } of userManagementGrants(model)) {
            if (!client.firstParty) continue;
            const where = isPublicClient(client) ? "a browser or device" : "a token on a user's behalf";
            const instead = isPublicClient(client) ? HINT : `${HINT}: give the app machineAccess to auth0-management for what its backend must do`;
            for (const [index, scope] of grant.scopes.entries()) {
                if (CURRENT_USER.has(scope)) continue;
                reports.push({
                    source: grant.source,
                    path: grantScopePath(grant, index),
                    message: `${client.type} app '${client.key}' requests Management API scope '${scope}' on its user's behalf, which Auth0 never issues to ${where}: only current-user scopes reach those tokens`,
                    hint: instead,
                });
            }
        }
        return reports;
    },
});
