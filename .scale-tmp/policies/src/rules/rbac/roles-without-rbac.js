"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.rolesWithoutRbac = void 0;
const rule_1 = require("../../rule");
const group_by_1 = require("../group-by");
const model_index_1 = require("../model-index");
exports.rolesWithoutRbac = (0, rule_1.defineRule)({
    meta: {
        id: "roles-without-rbac",
        severity: "error",
        description: "A role grants permissions on an API that does not enforce RBAC, so the role restricts nothing.",
        docs: "https://auth0.com/docs/get-started/apis/enable-role-based-access-control-for-apis",
    },
    check(model) {
        const apis = (0, model_index_1.byKey)(model.apis);
        const reports = [];
        for (const role of model.roles) {
            for (const [apiKey, permissions] of (0, group_by_1.groupBy)(role.permissions, (p) => p.api)) {
                const target = apis.get(apiKey);
                // The Management API's RBAC setting belongs to Auth0, not to the design.
                if (target === undefined || target.rbac || target.kind === "management")
                    continue;
                reports.push({
                    source: role.source,
                    path: `${role.source.path}.permissions.${apiKey}`,
                    message: `role '${role.key}' grants ${permissions.map((p) => p.scope).join(", ")} on API '${apiKey}', which has rbac: false: ` +
                        "without RBAC any app with a grant may request any of its scopes, whatever roles the user holds",
                    hint: `set rbac: true on apis.${apiKey}, or drop these permissions from the role`,
                });
            }
        }
        return reports;
    },
});
//# sourceMappingURL=roles-without-rbac.js.map