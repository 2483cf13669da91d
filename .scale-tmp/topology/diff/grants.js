"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.grantKey = void 0;
exports.diffGrants = diffGrants;
// Changes to client grants of clients present in both versions (a new or removed client carries
// its grants in its own entry).
const model_1 = require("../../policies/src/model");
const describe_1 = require("./describe");
const fields_1 = require("./fields");
const match_1 = require("./match");
const grantKey = (g) => `${g.client} ${g.api} ${g.subjectType}`;
exports.grantKey = grantKey;
/** Management API scopes act on the whole tenant: say so next to the widening. */
function managementNote(grant, scopes) {
    if (grant.api !== model_1.MANAGEMENT_API)
        return "";
    const writes = scopes.filter((s) => /^(create|update|delete):/.test(s) && !s.includes("current_user"));
    return writes.length > 0 ? ` (Management API: may change tenant objects with ${(0, describe_1.scopeList)(writes)})` : " (Management API)";
}
function title(model, grant) {
    return `${(0, describe_1.clientLabelOf)(model, grant.client)} → ${(0, describe_1.apiLabel)(model, grant.api)} ${(0, describe_1.subjectPhrase)(grant)}`;
}
function grantChange(grant, action, summary, risks, fields = []) {
    return { kind: "grant", action, path: grant.source.path, line: grant.source.line, summary, fields, risks };
}
function diffGrants({ base, head }) {
    const inBoth = (model, other) => (g) => other.clients.some((c) => c.key === g.client) && model.clients.some((c) => c.key === g.client);
    const before = base.grants.filter(inBoth(base, head));
    const after = head.grants.filter(inBoth(head, base));
    return (0, match_1.matchByKey)(before, after, exports.grantKey).flatMap(({ before: b, after: a }) => {
        if (b === undefined && a !== undefined) {
            const scopes = a.allowAllScopes ? "every current and future scope" : (0, describe_1.scopeList)(a.scopes);
            return [grantChange(a, "added", `new grant: ${title(head, a)}`, [{ risk: "widens-access", reason: `may now obtain tokens with ${scopes}${managementNote(a, a.scopes)}` }])];
        }
        if (a === undefined && b !== undefined) {
            return [
                grantChange(b, "removed", `grant removed: ${title(base, b)}`, [
                    { risk: "deletes", reason: `the client grant is deleted (it allowed ${(0, describe_1.scopeList)(b.scopes)})` },
                    { risk: "breaks-callers", reason: "token requests for this audience fail with access_denied" },
                ]),
            ];
        }
        if (a === undefined || b === undefined)
            return [];
        const { added, removed } = (0, fields_1.setDelta)(b.scopes, a.scopes);
        const risks = [
            ...(0, fields_1.when)(added.length > 0, { risk: "widens-access", reason: `gains ${(0, describe_1.scopeList)(added)}${managementNote(a, added)}` }),
            ...(0, fields_1.when)(removed.length > 0, { risk: "breaks-callers", reason: `its tokens no longer carry ${(0, describe_1.scopeList)(removed)}: requests that need them fail` }),
            ...(0, fields_1.when)(a.allowAllScopes && !b.allowAllScopes, { risk: "widens-access", reason: "now granted every current and future scope of the API" }),
            ...(0, fields_1.when)(!a.allowAllScopes && b.allowAllScopes, { risk: "breaks-callers", reason: "no longer granted every scope: only the listed ones" }),
        ];
        if (risks.length === 0)
            return [];
        const fields = [
            ...(added.length + removed.length > 0 ? [{ field: "scopes", before: b.scopes.join(", ") || "(none)", after: a.scopes.join(", ") || "(none)" }] : []),
            ...(a.allowAllScopes !== b.allowAllScopes ? [{ field: "all scopes", before: String(b.allowAllScopes), after: String(a.allowAllScopes) }] : []),
        ];
        return [grantChange(a, "changed", `grant changes: ${title(head, a)}`, risks, fields)];
    });
}
//# sourceMappingURL=grants.js.map