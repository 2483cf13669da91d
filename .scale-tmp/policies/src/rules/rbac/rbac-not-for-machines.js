"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.rbacNotForMachines = void 0;
const rule_1 = require("../../rule");
const api_usage_1 = require("../access/api-usage");
const group_by_1 = require("../group-by");
const model_index_1 = require("../model-index");
exports.rbacNotForMachines = (0, rule_1.defineRule)({
    meta: {
        id: "rbac-not-for-machines",
        severity: "warning",
        description: "A role is the only thing that gives a scope of an API that machine clients call: roles never apply to client-credentials tokens.",
        docs: "https://auth0.com/docs/get-started/applications/application-access-to-apis-client-grants",
    },
    check(model) {
        const apis = (0, model_index_1.byKey)(model.apis);
        const granted = (0, api_usage_1.grantUsage)(model);
        const reports = [];
        for (const role of model.roles) {
            for (const [apiKey, permissions] of (0, group_by_1.groupBy)(role.permissions, (p) => p.api)) {
                const usage = granted.get(apiKey);
                if (usage === undefined || usage.machines.size === 0 || usage.allScopes)
                    continue;
                // Under allow_all any app may get user tokens without a grant: the role may be what gives the scope to users.
                if (apis.get(apiKey)?.userAccess === "allow_all")
                    continue;
                const roleOnly = permissions.map((p) => p.scope).filter((scope) => !usage.scopes.has(scope));
                if (roleOnly.length === 0)
                    continue;
                reports.push({
                    source: role.source,
                    path: `${role.source.path}.permissions.${apiKey}`,
                    message: `role '${role.key}' is the only thing giving ${roleOnly.join(", ")} on API '${apiKey}', which machine clients ` +
                        `(${[...usage.machines].join(", ")}) call with client credentials: roles never apply to client-credentials ` +
                        "tokens, and no grant puts these scopes in any token",
                    hint: `add the scopes a machine needs to its grant on ${apiKey} (an m2m app's access, a web app's machineAccess, ` +
                        "or an API's calls); roles are for users",
                });
            }
        }
        return reports;
    },
});
//# sourceMappingURL=rbac-not-for-machines.js.map