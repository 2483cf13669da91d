"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.grantUsage = grantUsage;
exports.apiUsage = apiUsage;
function entryOf(usage, apiKey) {
    let entry = usage.get(apiKey);
    if (entry === undefined)
        usage.set(apiKey, (entry = { scopes: new Set(), allScopes: false, machines: new Set() }));
    return entry;
}
/** Per API key, what grants give; an API absent from the map has no grant. */
function grantUsage(model) {
    const usage = new Map();
    for (const g of model.grants) {
        const entry = entryOf(usage, g.api);
        for (const scope of g.scopes)
            entry.scopes.add(scope);
        entry.allScopes ||= g.allowAllScopes;
        if (g.subjectType === "client")
            entry.machines.add(g.client);
    }
    return usage;
}
/** Per API key, what grants, role permissions and refresh-token policies reference; an API absent from the map is referenced by nothing. */
function apiUsage(model) {
    const usage = grantUsage(model);
    for (const role of model.roles)
        for (const p of role.permissions)
            entryOf(usage, p.api).scopes.add(p.scope);
    const byIdentifier = new Map(model.apis.map((a) => [a.identifier, a.key]));
    for (const client of model.clients) {
        for (const policy of client.refreshToken?.policies ?? []) {
            const apiKey = byIdentifier.get(policy.audience);
            if (apiKey === undefined)
                continue;
            const entry = entryOf(usage, apiKey);
            for (const scope of policy.scopes)
                entry.scopes.add(scope);
        }
    }
    return usage;
}
//# sourceMappingURL=api-usage.js.map