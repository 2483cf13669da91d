// Changes to roles and their permissions. Who holds a role is assigned outside the topology, so a
// permission change reaches every user who holds the role today.
import type { Permission, Role, TenantModel } from "../../policies/src/model";
import type { Change, RiskNote } from "./changeset";
import { compareFields, plain, setDelta, when, type DiffContext, type FieldRule } from "./fields";
import { matchByKey } from "./match";

const permissionId = (p: Permission) => `${p.api}: ${p.scope}`;
const permissionList = (r: Role) => r.permissions.map(permissionId);

const ROLE_FIELDS: readonly FieldRule<Role>[] = [plain("name", (r) => r.name), plain("description", (r) => r.description)];

function permissionRisks(before: Role, after: Role): RiskNote[] {
    const { added, removed } = setDelta(permissionList(before), permissionList(after));
    return [
        ...when(added.length > 0, { risk: "widens-access", reason: `users holding it gain ${added.join(", ")}` }),
        ...when(removed.length > 0, { risk: "breaks-callers", reason: `users holding it lose ${removed.join(", ")}` }),
    ];
}

function roleChange(role: Role, action: Change["action"], summary: string, risks: RiskNote[], fields: Change["fields"] = []): Change {
    return { kind: "role", action, path: role.source.path, line: role.source.line, summary, fields, risks };
}

export function diffRoles(context: DiffContext, renamed: ReadonlyMap<string, string>): Change[] {
    const formerOf = new Map([...renamed].map(([from, to]) => [to, from]));
    const { base, head }: { base: TenantModel; head: TenantModel } = context;
    return matchByKey(base.roles, head.roles, (r) => r.key).flatMap(({ before, after }): Change[] => {
        if (before === undefined && after !== undefined) {
            const risks = when(after.permissions.length > 0, { risk: "widens-access", reason: `users assigned it get ${permissionList(after).join(", ")}` });
            return [roleChange(after, "added", `new role \`${after.key}\``, risks)];
        }
        if (after === undefined && before !== undefined) {
            const held = before.permissions.length === 0 ? "no permissions" : permissionList(before).join(", ");
            return [roleChange(before, "removed", `role \`${before.key}\` is removed`, [{ risk: "deletes", reason: `pulumi up deletes the role; users holding it lose ${held}` }])];
        }
        if (before === undefined || after === undefined) return [];
        const { fields, risks } = compareFields(ROLE_FIELDS, before, after, context);
        const permissions = permissionRisks(before, after);
        if (permissions.length > 0) fields.push({ field: "permissions", before: permissionList(before).join(", ") || "(none)", after: permissionList(after).join(", ") || "(none)" });
        const former = formerOf.get(after.key);
        if (former !== undefined) fields.unshift({ field: "key", before: former, after: after.key });
        if (fields.length === 0) return [];
        const summary = former === undefined ? `role \`${after.key}\` changes` : `role \`${former}\` is renamed to \`${after.key}\` (kept: declared in formerly)`;
        return [roleChange(after, "changed", summary, [...risks, ...permissions], fields)];
    });
}
