import { defineRule, type Report } from "../../rule";
import { grantScopePath, resolvedGrants } from "../model-index";

export const scopeWithoutRole = defineRule({
    meta: {
        id: "scope-without-role",
        severity: "warning",
        description:
            "An app requests a scope on its users' behalf from an API that enforces RBAC, and no role grants that scope: " +
            "Auth0 keeps only the requested scopes the user's roles hold, so it never reaches a token.",
        docs: "https://auth0.com/docs/get-started/apis/enable-role-based-access-control-for-apis",
    },
    // External APIs' roles may live outside this design, and the Management API has no RBAC. A stack
    // that manages part of a tenant (ownsTenant false) may leave the roles to another: then only info.
    check(model) {
        const partial = model.ownsTenant === false;
        const granted = new Set(model.roles.flatMap((role) => role.permissions.map((p) => `${p.api}\u0000${p.scope}`)));
        const reports: Report[] = [];
        for (const { grant, client, api } of resolvedGrants(model)) {
            if (grant.subjectType !== "user" || api.kind !== "managed" || !api.rbac) continue;
            for (const [index, scope] of grant.scopes.entries()) {
                if (granted.has(`${api.key}\u0000${scope}`)) continue;
                reports.push({
                    source: grant.source,
                    path: grantScopePath(grant, index),
                    ...(partial ? { severity: "info" as const } : {}),
                    message: partial
                        ? `app '${client.key}' requests '${scope}' from API '${api.key}', which enforces RBAC, and no role of this stack grants it: unless a role managed elsewhere does, no user's token will carry it`
                        : `app '${client.key}' requests '${scope}' from API '${api.key}', which enforces RBAC, but no role grants it: no user's token will carry it`,
                    hint: `add ${scope} to the permissions of the roles whose users need it (roles.<role>.permissions.${api.key}), or turn rbac off on apis.${api.key} if every user may have it`,
                });
            }
        }
        return reports;
    },
});
