"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.accessMatrix = accessMatrix;
exports.accessDelta = accessDelta;
const fields_1 = require("./fields");
function subjectOf(model, clientKey) {
    const client = model.clients.find((c) => c.key === clientKey);
    if (client === undefined)
        return clientKey;
    return client.purpose === "api-caller" && client.callerOf !== undefined ? `API ${client.callerOf} (backend)` : `${client.key} (${client.type})`;
}
/** Every (subject, way, API) with the scopes it may obtain; a grant of all scopes lists the API's scopes. */
function accessMatrix(model) {
    const scopesOfApi = (key) => model.apis.find((a) => a.key === key)?.scopes.map((s) => s.value) ?? [];
    const grants = model.grants.map((g) => ({
        subject: subjectOf(model, g.client),
        via: g.subjectType === "user" ? "user" : "machine",
        api: g.api,
        scopes: (0, fields_1.sorted)(g.allowAllScopes ? scopesOfApi(g.api) : g.scopes),
    }));
    const roles = model.roles.flatMap((r) => (0, fields_1.sorted)(r.permissions.map((p) => p.api)).map((api) => ({
        subject: `role ${r.key}`,
        via: "role",
        api,
        scopes: (0, fields_1.sorted)(r.permissions.filter((p) => p.api === api).map((p) => p.scope)),
    })));
    return [...grants, ...roles];
}
function accessDelta(base, head) {
    const key = (e) => `${e.subject}\u0000${e.via}\u0000${e.api}`;
    const before = new Map(accessMatrix(base).map((e) => [key(e), e]));
    const after = new Map(accessMatrix(head).map((e) => [key(e), e]));
    const deltas = [];
    for (const k of new Set([...after.keys(), ...before.keys()])) {
        const b = before.get(k);
        const a = after.get(k);
        const entry = (a ?? b);
        const { added, removed } = (0, fields_1.setDelta)(b?.scopes ?? [], a?.scopes ?? []);
        // A new or removed grant with no scope still changes who may obtain a token at all.
        if (added.length + removed.length === 0 && (a === undefined) === (b === undefined))
            continue;
        deltas.push({ subject: entry.subject, via: entry.via, api: entry.api, before: b?.scopes ?? [], after: a?.scopes ?? [], added, removed });
    }
    return deltas.sort((x, y) => x.subject.localeCompare(y.subject) || x.api.localeCompare(y.api) || x.via.localeCompare(y.via));
}
//# sourceMappingURL=access.js.map