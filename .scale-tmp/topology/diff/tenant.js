"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.diffTenant = diffTenant;
exports.diffWaivers = diffWaivers;
const fields_1 = require("./fields");
const match_1 = require("./match");
const TENANT_FIELDS = [
    (0, fields_1.plain)("environment", (m) => m.environment),
    (0, fields_1.plain)("plan", (m) => m.plan),
    (0, fields_1.plain)("max audiences per app", (m) => m.maxAudiences),
];
function diffTenant(context) {
    const { fields } = (0, fields_1.compareFields)(TENANT_FIELDS, context.base, context.head, context);
    return fields.length === 0 ? [] : [{ kind: "tenant", action: "changed", path: "tenant", summary: "tenant settings change", fields, risks: [] }];
}
const waiverKey = (w) => `${w.rule} ${w.target}`;
function diffWaivers({ base, head }) {
    return (0, match_1.matchByKey)(base.waivers, head.waivers, waiverKey).flatMap(({ before, after }) => {
        const w = after ?? before;
        if (w === undefined)
            return [];
        const path = w.source.path;
        if (before === undefined)
            return [{ kind: "waiver", action: "added", path, line: w.source.line, summary: `accepts findings of \`${w.rule}\` on ${w.target}: ${w.reason}`, fields: [], risks: [] }];
        if (after === undefined)
            return [{ kind: "waiver", action: "removed", path, line: w.source.line, summary: `no longer accepts findings of \`${w.rule}\` on ${w.target}`, fields: [], risks: [] }];
        if (before.reason === after.reason)
            return [];
        return [{ kind: "waiver", action: "changed", path, line: w.source.line, summary: `waiver of \`${w.rule}\` on ${w.target} gives another reason`, fields: [{ field: "reason", before: before.reason, after: after.reason }], risks: [] }];
    });
}
//# sourceMappingURL=tenant.js.map