import { defineRule, type Report } from "../../rule";
import { grantScopes } from "../model-index";
import { managementGrants } from "./management-grants";

const WRITE_SCOPE = /^(create|update|delete):/;
const HINT = "grant only the read scopes this client needs, or waive the finding with the reason it must write";

export const m2mManagementPrivileged = defineRule({
    meta: {
        id: "m2m-management-privileged",
        severity: "warning",
        production: "error",
        description: "A machine client holds Management API scopes that create, update or delete tenant objects.",
        docs: "https://www.rfc-editor.org/rfc/rfc9700#section-2.3",
    },
    check(model) {
        const reports: Report[] = [];
        for (const { grant, client } of managementGrants(model)) {
            if (grant.subjectType !== "client") continue;
            if (grant.allowAllScopes) {
                reports.push({
                    source: grant.source,
                    message: `machine client '${client.key}' is granted every Management API scope, including every create, update and delete`,
                    hint: HINT,
                });
            }
            for (const { scope, path } of grantScopes(grant)) {
                if (!WRITE_SCOPE.test(scope)) continue;
                reports.push({
                    source: grant.source,
                    path,
                    message: `machine client '${client.key}' holds Management API scope '${scope}': a leaked secret lets anyone change the tenant`,
                    hint: HINT,
                });
            }
        }
        return reports;
    },
});
