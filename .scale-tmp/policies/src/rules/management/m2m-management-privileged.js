"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.m2mManagementPrivileged = void 0;
const rule_1 = require("../../rule");
const model_index_1 = require("../model-index");
const management_grants_1 = require("./management-grants");
const WRITE_SCOPE = /^(create|update|delete):/;
const HINT = "grant only the read scopes this client needs, or waive the finding with the reason it must write";
exports.m2mManagementPrivileged = (0, rule_1.defineRule)({
    meta: {
        id: "m2m-management-privileged",
        severity: "warning",
        production: "error",
        description: "A machine client holds Management API scopes that create, update or delete tenant objects.",
        docs: "https://www.rfc-editor.org/rfc/rfc9700#section-2.3",
    },
    check(model) {
        const reports = [];
        for (const { grant, client } of (0, management_grants_1.managementGrants)(model)) {
            if (grant.subjectType !== "client")
                continue;
            if (grant.allowAllScopes) {
                reports.push({
                    source: grant.source,
                    message: `machine client '${client.key}' is granted every Management API scope, including every create, update and delete`,
                    hint: HINT,
                });
            }
            for (const { scope, path } of (0, model_index_1.grantScopes)(grant)) {
                if (!WRITE_SCOPE.test(scope))
                    continue;
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
//# sourceMappingURL=m2m-management-privileged.js.map