"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.spaManagementScopes = void 0;
const management_api_1 = require("../../management-api");
const rule_1 = require("../../rule");
const model_index_1 = require("../model-index");
const management_grants_1 = require("./management-grants");
const CURRENT_USER = new Set(management_api_1.CURRENT_USER_SCOPES);
const HINT = `keep only current-user scopes (${management_api_1.CURRENT_USER_SCOPES.join(", ")}); do everything else from a backend with its own machine client`;
exports.spaManagementScopes = (0, rule_1.defineRule)({
    meta: {
        id: "spa-management-scopes",
        severity: "error",
        description: "A spa or native app requests Management API scopes outside the current-user set, which Auth0 silently drops from its tokens.",
        docs: "https://auth0.com/docs/secure/tokens/access-tokens/management-api-access-tokens/get-management-api-tokens-for-single-page-applications",
    },
    check(model) {
        const reports = [];
        for (const { grant, client } of (0, management_grants_1.publicClientManagementGrants)(model)) {
            if (grant.allowAllScopes) {
                reports.push({
                    source: grant.source,
                    message: `${client.type} app '${client.key}' is granted every Management API scope; a browser or device may only hold current-user scopes`,
                    hint: HINT,
                });
            }
            for (const { scope, path } of (0, model_index_1.grantScopes)(grant)) {
                if (CURRENT_USER.has(scope))
                    continue;
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
//# sourceMappingURL=spa-management-scopes.js.map