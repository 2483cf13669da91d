import { defineRule, type Report } from "../../rule";
import { grantScopePath } from "../model-index";
import { publicClientManagementGrants } from "./management-grants";

const METADATA_WRITE = new Set(["create:current_user_metadata", "update:current_user_metadata", "delete:current_user_metadata"]);

export const spaManagementMetadataWrite = defineRule({
    meta: {
        id: "spa-management-metadata-write",
        severity: "warning",
        description: "A spa or native app may write its user's metadata through the Management API (tampering, rate-limit exhaustion).",
        docs: "https://auth0.com/docs/secure/tokens/access-tokens/management-api-access-tokens/get-management-api-tokens-for-single-page-applications",
    },
    check(model) {
        const reports: Report[] = [];
        for (const { grant, client } of publicClientManagementGrants(model)) {
            for (const [index, scope] of grant.scopes.entries()) {
                if (!METADATA_WRITE.has(scope)) continue;
                reports.push({
                    source: grant.source,
                    path: grantScopePath(grant, index),
                    message: `${client.type} app '${client.key}' can ${scope.split(":")[0]} its user's metadata from the device: anyone holding the token can change it and spend the tenant's rate limit`,
                    hint: "write user metadata from a backend that validates the input (its own machine client), and keep the app read-only",
                });
            }
        }
        return reports;
    },
});
