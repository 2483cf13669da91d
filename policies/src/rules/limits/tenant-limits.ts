import { ENTITY_LIMIT_POLICY, PLAN_LIMITS, RBAC_LIMITS } from "../../facts/entity-limits";
import type { Source } from "../../model";
import { defineRule, type Report } from "../../rule";

const { scopesPerApi: SCOPES_PER_API, roles: ROLES, permissionsPerRole: PERMISSIONS_PER_ROLE } = RBAC_LIMITS;
/** Auth0 notifies tenants from 80 % of a limit on. */
const NEAR = 0.8;

/** A report on `path` (default: the source's) when `count` reaches 80 % of `limit` (warning) or exceeds it (error). */
function against(count: number, limit: number, what: string, source: Source, path?: string): Report | undefined {
    if (count > limit) {
        return {
            source,
            path,
            severity: "error",
            message: `${count} ${what}, over the limit of ${limit}: Auth0 refuses to create more`,
            hint: "split the design across tenants, or move to a plan with higher limits",
        };
    }
    if (count >= NEAR * limit) {
        return {
            source,
            path,
            severity: "warning",
            message: `${count} ${what}, ${Math.floor((100 * count) / limit)} % of the limit of ${limit}`,
            hint: "plan for the limit before the next additions fail",
        };
    }
    return undefined;
}

export const tenantLimits = defineRule({
    meta: {
        id: "tenant-limits",
        severity: "error",
        description: "The design exceeds (error) or nears (warning, from 80 %) an Auth0 entity limit of the tenant's plan.",
        docs: ENTITY_LIMIT_POLICY.url,
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
            ...created.map((a) => against(a.scopes.length, SCOPES_PER_API, `scopes on API '${a.key}'`, a.source, `${a.source.path}.scopes`)),
            ...model.roles.map((r) =>
                against(r.permissions.length, PERMISSIONS_PER_ROLE, `permissions in role '${r.key}'`, r.source, `${r.source.path}.permissions`),
            ),
        ];
        return checks.filter((r) => r !== undefined);
    },
});
