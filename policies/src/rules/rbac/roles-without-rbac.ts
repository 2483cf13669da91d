import { pathJoin } from "../../path";
import { defineRule, type Report } from "../../rule";
import { groupBy } from "../group-by";
import { byKey } from "../model-index";

export const rolesWithoutRbac = defineRule({
    meta: {
        id: "roles-without-rbac",
        severity: "error",
        description: "A role grants permissions on an API that does not enforce RBAC, so the role restricts nothing.",
        docs: "https://auth0.com/docs/get-started/apis/enable-role-based-access-control-for-apis",
    },
    check(model) {
        const apis = byKey(model.apis);
        const reports: Report[] = [];
        for (const role of model.roles) {
            for (const [apiKey, permissions] of groupBy(role.permissions, (p) => p.api)) {
                const target = apis.get(apiKey);
                // The Management API's RBAC setting belongs to Auth0, not to the design.
                if (target === undefined || target.rbac || target.kind === "management") continue;
                reports.push({
                    source: role.source,
                    path: pathJoin(role.source.path, "permissions", apiKey),
                    message:
                        `role '${role.key}' grants ${permissions.map((p) => p.scope).join(", ")} on API '${apiKey}', which has rbac: false: ` +
                        "without RBAC any app with a grant may request any of its scopes, whatever roles the user holds",
                    hint: `set rbac: true on apis.${apiKey}, or drop these permissions from the role`,
                });
            }
        }
        return reports;
    },
});
