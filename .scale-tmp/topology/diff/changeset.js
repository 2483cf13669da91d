"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RISKS = void 0;
exports.risksOf = risksOf;
exports.isEmpty = isEmpty;
/**
 * The risk labels a reviewer scans for.
 * replaces: Auth0 or Pulumi recreates a resource (new audience, new client id).
 * widens-access: someone may obtain tokens, scopes or redirects they could not before.
 * breaks-callers: something a caller uses today stops working.
 * deletes: an object is removed from the tenant, with what depended on it.
 */
exports.RISKS = ["replaces", "widens-access", "breaks-callers", "deletes"];
function risksOf(changeSet) {
    const counts = Object.fromEntries(exports.RISKS.map((r) => [r, 0]));
    for (const change of changeSet.changes)
        for (const risk of new Set(change.risks.map((n) => n.risk)))
            counts[risk] += 1;
    return counts;
}
function isEmpty(changeSet) {
    return changeSet.changes.length === 0 && changeSet.findings.added.length === 0 && changeSet.findings.resolved.length === 0;
}
//# sourceMappingURL=changeset.js.map