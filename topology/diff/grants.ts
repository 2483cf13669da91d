// Changes to client grants of clients present in both versions (a new or removed client carries
// its grants in its own entry).
import { MANAGEMENT_API, type Grant, type TenantModel } from "../../policies/src/model";
import type { Change, RiskNote } from "./changeset";
import { apiLabel, clientLabelOf, scopeList, subjectPhrase } from "./describe";
import { setDelta, when } from "./fields";
import { matchByKey } from "./match";

export const grantKey = (g: Pick<Grant, "client" | "api" | "subjectType">) => `${g.client} ${g.api} ${g.subjectType}`;

/** Management API scopes act on the whole tenant: say so next to the widening. */
function managementNote(grant: Grant, scopes: readonly string[]): string {
    if (grant.api !== MANAGEMENT_API) return "";
    const writes = scopes.filter((s) => /^(create|update|delete):/.test(s) && !s.includes("current_user"));
    return writes.length > 0 ? ` (Management API: may change tenant objects with ${scopeList(writes)})` : " (Management API)";
}

function title(model: TenantModel, grant: Grant): string {
    return `${clientLabelOf(model, grant.client)} → ${apiLabel(model, grant.api)} ${subjectPhrase(grant)}`;
}

function grantChange(grant: Grant, action: Change["action"], summary: string, risks: RiskNote[], fields: Change["fields"] = []): Change {
    return { kind: "grant", action, path: grant.source.path, line: grant.source.line, summary, fields, risks };
}

export function diffGrants({ base, head }: { base: TenantModel; head: TenantModel }): Change[] {
    const inBoth = (model: TenantModel, other: TenantModel) => (g: Grant) => other.clients.some((c) => c.key === g.client) && model.clients.some((c) => c.key === g.client);
    const before = base.grants.filter(inBoth(base, head));
    const after = head.grants.filter(inBoth(head, base));
    return matchByKey(before, after, grantKey).flatMap(({ before: b, after: a }): Change[] => {
        if (b === undefined && a !== undefined) {
            const scopes = a.allowAllScopes ? "every current and future scope" : scopeList(a.scopes);
            return [grantChange(a, "added", `new grant: ${title(head, a)}`, [{ risk: "widens-access", reason: `may now obtain tokens with ${scopes}${managementNote(a, a.scopes)}` }])];
        }
        if (a === undefined && b !== undefined) {
            return [
                grantChange(b, "removed", `grant removed: ${title(base, b)}`, [
                    { risk: "deletes", reason: `the client grant is deleted (it allowed ${scopeList(b.scopes)})` },
                    { risk: "breaks-callers", reason: "token requests for this audience fail with access_denied" },
                ]),
            ];
        }
        if (a === undefined || b === undefined) return [];
        const { added, removed } = setDelta(b.scopes, a.scopes);
        const risks: RiskNote[] = [
            ...when(added.length > 0, { risk: "widens-access", reason: `gains ${scopeList(added)}${managementNote(a, added)}` }),
            ...when(removed.length > 0, { risk: "breaks-callers", reason: `its tokens no longer carry ${scopeList(removed)}: requests that need them fail` }),
            ...when(a.allowAllScopes && !b.allowAllScopes, { risk: "widens-access", reason: "now granted every current and future scope of the API" }),
            ...when(!a.allowAllScopes && b.allowAllScopes, { risk: "breaks-callers", reason: "no longer granted every scope: only the listed ones" }),
        ];
        if (risks.length === 0) return [];
        const fields = [
            ...(added.length + removed.length > 0 ? [{ field: "scopes", before: b.scopes.join(", ") || "(none)", after: a.scopes.join(", ") || "(none)" }] : []),
            ...(a.allowAllScopes !== b.allowAllScopes ? [{ field: "all scopes", before: String(b.allowAllScopes), after: String(a.allowAllScopes) }] : []),
        ];
        return [grantChange(a, "changed", `grant changes: ${title(head, a)}`, risks, fields)];
    });
}
