import { CURRENT_USER_SCOPES } from "../../management-api";
import { defineRule, type Report } from "../../rule";
import { grantScopes } from "../model-index";
import { publicClientManagementGrants } from "./management-grants";

const CURRENT_USER = new Set(CURRENT_USER_SCOPES);
const HINT = `keep only current-user scopes (${CURRENT_USER_SCOPES.join(", ")}); do everything else from a backend with its own machine client`;

export const spaManagementScopes = defineRule({
    meta: {
        id: "spa-management-scopes",
        severity: "error",
        description: "A spa or native app requests Management API scopes outside the current-user set, which Auth0 silently drops from its tokens.",
        docs: "https://auth0.com/docs/secure/tokens/access-tokens/management-api-access-tokens/get-management-api-tokens-for-single-page-applications",
    },
    check(model) {
        const reports: Report[] = [];
        for (const { grant, client } of publicClientManagementGrants(model)) {
            if (grant.allowAllScopes) {
                reports.push({
                    source: grant.source,
                    message: `${client.type} app '${client.key}' is granted every Management API scope; a browser or device may only hold current-user scopes`,
                    hint: HINT,
                });
            }
            for (const { scope, path } of grantScopes(grant)) {
                if (CURRENT_USER.has(scope)) continue;
                reports.push({
                    source: grant.source,
                    path,
                    message: `${client.type} app '${client.key}' requests Management API scope '${scope}', which Auth0 never issues to a browser or device`,
                    hint: HINT,
                });
            }
        }
        return reports;
    },
});
