"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.tenantLimits = void 0;
const rule_1 = require("../../rule");
/** Auth0's entity limits per subscription plan (created APIs, applications, client grants). */
const PLAN_LIMITS = {
    free: { apis: 10, apps: 10, grants: 100 },
    "self-service": { apis: 100, apps: 100, grants: 10_000 },
    enterprise: { apis: 100_000, apps: 100_000, grants: 100_000 },
};
/** RBAC limits, the same on every plan. */
const SCOPES_PER_API = 1000;
const ROLES = 1000;
const PERMISSIONS_PER_ROLE = 1000;
/** Auth0 notifies tenants from 80 % of a limit on. */
const NEAR = 0.8;
/** A report when `count` reaches 80 % of `limit` (warning) or exceeds it (error). */
function against(count, limit, what, source) {
    if (count > limit) {
        return {
            source,
            severity: "error",
            message: `${count} ${what}, over the limit of ${limit}: Auth0 refuses to create more`,
            hint: "split the design across tenants, or move to a plan with higher limits",
        };
    }
    if (count >= NEAR * limit) {
        return {
            source,
            severity: "warning",
            message: `${count} ${what}, ${Math.floor((100 * count) / limit)} % of the limit of ${limit}`,
            hint: "plan for the limit before the next additions fail",
        };
    }
    return undefined;
}
exports.tenantLimits = (0, rule_1.defineRule)({
    meta: {
        id: "tenant-limits",
        severity: "error",
        description: "The design exceeds (error) or nears (warning, from 80 %) an Auth0 entity limit of the tenant's plan.",
        docs: "https://auth0.com/docs/troubleshoot/customer-support/operational-policies/entity-limit-policy",
        waivable: false,
    },
    check(model) {
        const plan = PLAN_LIMITS[model.plan];
        // The Management API and external APIs exist already: only the APIs this stack creates count.
        const created = model.apis.filter((a) => a.kind === "managed");
        const checks = [
            against(created.length, plan.apis, `APIs on the ${model.plan} plan`, { path: "apis" }),
            against(model.clients.length, plan.apps, `applications (api callers included) on the ${model.plan} plan`, { path: "apps" }),
            against(model.grants.length, plan.grants, `client grants on the ${model.plan} plan`, { path: "apps" }),
            against(model.roles.length, ROLES, "roles", { path: "roles" }),
            ...created.map((a) => against(a.scopes.length, SCOPES_PER_API, `scopes on API '${a.key}'`, { ...a.source, path: `${a.source.path}.scopes` })),
            ...model.roles.map((r) => against(r.permissions.length, PERMISSIONS_PER_ROLE, `permissions in role '${r.key}'`, { ...r.source, path: `${r.source.path}.permissions` })),
        ];
        return checks.filter((r) => r !== undefined);
    },
});
//# sourceMappingURL=tenant-limits.js.map