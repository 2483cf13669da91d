"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.findRenames = findRenames;
exports.applyRenames = applyRenames;
// Renames declared with `formerly`: the builder aliases the old Pulumi resources, so the Auth0
// object (its audience, its client id) is kept. The diff therefore compares a renamed element
// with its former self, after rewriting the old version's keys to the new ones.
const model_1 = require("../../policies/src/model");
/** Old key -> new key, for each element of `head` that names a key of `base` as former. */
function renamesOf(baseKeys, head) {
    const headKeys = new Set(head.map((e) => e.key));
    const map = new Map();
    for (const element of head) {
        for (const former of element.formerKeys) {
            if (baseKeys.has(former) && !headKeys.has(former) && !baseKeys.has(element.key))
                map.set(former, element.key);
        }
    }
    return map;
}
function findRenames(base, head) {
    const keys = (elements) => new Set(elements.map((e) => e.key));
    const apis = renamesOf(keys(base.apis), head.apis);
    const clients = renamesOf(keys(base.clients), head.clients);
    // An API's machine client is named after the API, so it follows the API's rename.
    for (const [from, to] of apis) {
        if (base.clients.some((c) => c.key === (0, model_1.callerClientKey)(from)))
            clients.set((0, model_1.callerClientKey)(from), (0, model_1.callerClientKey)(to));
    }
    return { apis, clients, roles: renamesOf(keys(base.roles), head.roles) };
}
/** `base` with every renamed key replaced by its new key, wherever it is referenced. */
function applyRenames(base, renames) {
    const api = (k) => renames.apis.get(k) ?? k;
    const client = (k) => renames.clients.get(k) ?? k;
    return {
        ...base,
        apis: base.apis.map((a) => ({ ...a, key: api(a.key) })),
        clients: base.clients.map((c) => ({ ...c, key: client(c.key), ...(c.callerOf === undefined ? {} : { callerOf: api(c.callerOf) }) })),
        grants: base.grants.map((g) => ({ ...g, client: client(g.client), api: api(g.api) })),
        roles: base.roles.map((r) => ({
            ...r,
            key: renames.roles.get(r.key) ?? r.key,
            permissions: r.permissions.map((p) => ({ ...p, api: api(p.api) })),
        })),
    };
}
//# sourceMappingURL=renames.js.map