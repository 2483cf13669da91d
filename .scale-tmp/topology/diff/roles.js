"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.diffRoles = diffRoles;
const fields_1 = require("./fields");
const match_1 = require("./match");
const permissionId = (p) => `${p.api}: ${p.scope}`;
const permissionList = (r) => r.permissions.map(permissionId);
const ROLE_FIELDS = [(0, fields_1.plain)("name", (r) => r.name), (0, fields_1.plain)("description", (r) => r.description)];
function permissionRisks(before, after) {
    const { added, removed } = (0, fields_1.setDelta)(permissionList(before), permissionList(after));
    return [
        ...(0, fields_1.when)(added.length > 0, { risk: "widens-access", reason: `users holding it gain ${added.join(", ")}` }),
        ...(0, fields_1.when)(removed.length > 0, { risk: "breaks-callers", reason: `users holding it lose ${removed.join(", ")}` }),
    ];
}
function roleChange(role, action, summary, risks, fields = []) {
    return { kind: "role", action, path: role.source.path, line: role.source.line, summary, fields, risks };
}
function diffRoles(context, renamed) {
    const formerOf = new Map([...renamed].map(([from, to]) => [to, from]));
    const { base, head } = context;
    return (0, match_1.matchByKey)(base.roles, head.roles, (r) => r.key).flatMap(({ before, after }) => {
        if (before === undefined && after !== undefined) {
            const risks = (0, fields_1.when)(after.permissions.length > 0, { risk: "widens-access", reason: `users assigned it get ${permissionList(after).join(", ")}` });
            return [roleChange(after, "added", `new role \`${after.key}\``, risks)];
        }
        if (after === undefined && before !== undefined) {
            const held = before.permissions.length === 0 ? "no permissions" : permissionList(before).join(", ");
            return [roleChange(before, "removed", `role \`${before.key}\` is removed`, [{ risk: "deletes", reason: `pulumi up deletes the role; users holding it lose ${held}` }])];
        }
        if (before === undefined || after === undefined)
            return [];
        const { fields, risks } = (0, fields_1.compareFields)(ROLE_FIELDS, before, after, context);
        const permissions = permissionRisks(before, after);
        if (permissions.length > 0)
            fields.push({ field: "permissions", before: permissionList(before).join(", ") || "(none)", after: permissionList(after).join(", ") || "(none)" });
        const former = formerOf.get(after.key);
        if (former !== undefined)
            fields.unshift({ field: "key", before: former, after: after.key });
        if (fields.length === 0)
            return [];
        const summary = former === undefined ? `role \`${after.key}\` changes` : `role \`${former}\` is renamed to \`${after.key}\` (kept: declared in formerly)`;
        return [roleChange(after, "changed", summary, [...risks, ...permissions], fields)];
    });
}
//# sourceMappingURL=roles.js.map