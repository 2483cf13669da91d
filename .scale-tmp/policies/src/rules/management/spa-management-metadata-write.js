"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.spaManagementMetadataWrite = void 0;
const rule_1 = require("../../rule");
const model_index_1 = require("../model-index");
const management_grants_1 = require("./management-grants");
const METADATA_WRITE = new Set(["create:current_user_metadata", "update:current_user_metadata"]);
exports.spaManagementMetadataWrite = (0, rule_1.defineRule)({
    meta: {
        id: "spa-management-metadata-write",
        severity: "warning",
        description: "A spa or native app may write its user's metadata through the Management API (tampering, rate-limit exhaustion).",
        docs: "https://auth0.com/docs/secure/tokens/access-tokens/management-api-access-tokens/get-management-api-tokens-for-single-page-applications",
    },
    check(model) {
        const reports = [];
        for (const { grant, client } of (0, management_grants_1.publicClientManagementGrants)(model)) {
            for (const { scope, path } of (0, model_index_1.grantScopes)(grant)) {
                if (!METADATA_WRITE.has(scope))
                    continue;
                reports.push({
                    source: grant.source,
                    path,
                    message: `${client.type} app '${client.key}' can ${scope.split(":")[0]} its user's metadata from the device: anyone holding the token can change it and spend the tenant's rate limit`,
                    hint: "write user metadata from a backend that validates the input (its own machine client), and keep the app read-only",
                });
            }
        }
        return reports;
    },
});
//# sourceMappingURL=spa-management-metadata-write.js.map