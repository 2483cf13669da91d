// Changes to tenant-wide settings and to waivers (accepted findings).
import type { TenantModel, Waiver } from "../../policies/src/model";
import type { Change } from "./changeset";
import { compareFields, plain, type DiffContext } from "./fields";
import { matchByKey } from "./match";

const TENANT_FIELDS = [
    plain<TenantModel>("environment", (m) => m.environment),
    plain<TenantModel>("plan", (m) => m.plan),
    plain<TenantModel>("max audiences per app", (m) => m.maxAudiences),
];

export function diffTenant(context: DiffContext): Change[] {
    const { fields } = compareFields(TENANT_FIELDS, context.base, context.head, context);
    return fields.length === 0 ? [] : [{ kind: "tenant", action: "changed", path: "tenant", summary: "tenant settings change", fields, risks: [] }];
}

const waiverKey = (w: Waiver) => `${w.rule} ${w.target}`;

export function diffWaivers({ base, head }: DiffContext): Change[] {
    return matchByKey(base.waivers, head.waivers, waiverKey).flatMap(({ before, after }): Change[] => {
        const w = after ?? before;
        if (w === undefined) return [];
        const path = w.source.path;
        if (before === undefined) return [{ kind: "waiver", action: "added", path, line: w.source.line, summary: `accepts findings of \`${w.rule}\` on ${w.target}: ${w.reason}`, fields: [], risks: [] }];
        if (after === undefined) return [{ kind: "waiver", action: "removed", path, line: w.source.line, summary: `no longer accepts findings of \`${w.rule}\` on ${w.target}`, fields: [], risks: [] }];
        if (before.reason === after.reason) return [];
        return [{ kind: "waiver", action: "changed", path, line: w.source.line, summary: `waiver of \`${w.rule}\` on ${w.target} gives another reason`, fields: [{ field: "reason", before: before.reason, after: after.reason }], risks: [] }];
    });
}
