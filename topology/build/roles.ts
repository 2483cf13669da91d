// A role becomes an auth0.Role plus one auth0.RolePermissions holding all of its permissions
// (one resource per permission would cost one Management API call each).
import * as auth0 from "@pulumi/auth0";
import type { Role } from "../../policies/src/model";
import { childOptions, type ChildContext } from "./options";
import type { FindApi } from "./targets";

export interface BuiltRole {
    role: auth0.Role;
    /** Absent for a role without permissions (see below). */
    permissions?: auth0.RolePermissions;
}

export function buildRole(role: Role, ctx: ChildContext, findApi: FindApi): BuiltRole {
    const created = new auth0.Role(role.key, { name: role.name, description: role.description }, childOptions(ctx, role.formerKeys));
    // The provider's create returns before setting an id when the permission set is empty, so such a
    // RolePermissions would never finish creating: a role without permissions gets none.
    if (role.permissions.length === 0) return { role: created };
    const targets = role.permissions.map((p) => ({ scope: p.scope, target: findApi(p.api, role.source.path) }));
    const permissions = new auth0.RolePermissions(
        role.key,
        {
            roleId: created.id,
            // Only name and identifier: the provider computes description and resource_server_name,
            // and refuses a value set for a computed-only attribute.
            permissions: targets.map(({ scope, target }) => ({ name: scope, resourceServerIdentifier: target.api.identifier })),
        },
        // Auth0 rejects a permission whose scope the resource server does not declare yet.
        childOptions(ctx, role.formerKeys, { dependsOn: [...new Set(targets.flatMap(({ target }) => target.scopesReady))] }),
    );
    return { role: created, permissions };
}
