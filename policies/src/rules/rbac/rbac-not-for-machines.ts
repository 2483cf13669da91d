import { pathJoin } from "../../path";
import { defineRule, type Report } from "../../rule";
import { grantUsage } from "../access/api-usage";
import { groupBy } from "../group-by";
import { byKey } from "../model-index";

export const rbacNotForMachines = defineRule({
    meta: {
        id: "rbac-not-for-machines",
        severity: "warning",
        description:
            "A role is the only thing that gives a scope of an API that machine clients call: roles never apply to client-credentials tokens.",
        docs: "https://auth0.com/docs/get-started/applications/application-access-to-apis-client-grants",
    },
    check(model) {
        const apis = byKey(model.apis);
        const granted = grantUsage(model);
        const reports: Report[] = [];
        for (const role of model.roles) {
            for (const [apiKey, permissions] of groupBy(role.permissions, (p) => p.api)) {
                const usage = granted.get(apiKey);
                if (usage === undefined || usage.machines.size === 0 || usage.allScopes) continue;
                // Under allow_all any app may get user tokens without a grant: the role may be what gives the scope to users.
                if (apis.get(apiKey)?.userAccess === "allow_all") continue;
                const roleOnly = permissions.map((p) => p.scope).filter((scope) => !usage.scopes.has(scope));
                if (roleOnly.length === 0) continue;
                reports.push({
                    source: role.source,
                    path: pathJoin(role.source.path, "permissions", apiKey),
                    message:
                        `role '${role.key}' is the only thing giving ${roleOnly.join(", ")} on API '${apiKey}', which machine clients ` +
                        `(${[...usage.machines].join(", ")}) call with client credentials: roles never apply to client-credentials ` +
                        "tokens, and no grant puts these scopes in any token",
                    hint:
                        `add the scopes a machine needs to its grant on ${apiKey} (an m2m app's access, a web app's machineAccess, ` +
                        "or an API's calls); roles are for users",
                });
            }
        }
        return reports;
    },
});
