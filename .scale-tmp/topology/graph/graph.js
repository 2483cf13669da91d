"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.nodeId = void 0;
exports.graphOf = graphOf;
exports.mergeGraphs = mergeGraphs;
exports.changedPart = changedPart;
// One graph of who calls what, built from a TenantModel: apps -> APIs (user or machine access),
// APIs -> APIs (an API's backend `calls`), roles -> APIs. Renderers (mermaid, dot) only format it.
const model_1 = require("../../policies/src/model");
const nodeId = (kind, key) => `${kind}:${key}`;
exports.nodeId = nodeId;
function apiNodes(model, referenced) {
    const declared = model.apis
        .filter((a) => a.kind !== "management" || referenced.has(a.key))
        .map((a) => ({
        id: (0, exports.nodeId)("api", a.key),
        kind: "api",
        key: a.key,
        label: a.name,
        detail: a.kind === "management" ? "Management API" : a.kind === "external" ? "external API" : "API",
        status: "unchanged",
    }));
    const known = new Set(model.apis.map((a) => a.key));
    // A reference to an undeclared API still shows, so the graph never hides a dangling grant.
    const dangling = [...referenced].filter((k) => !known.has(k)).map((k) => ({
        id: (0, exports.nodeId)("api", k),
        kind: "api",
        key: k,
        label: k,
        detail: k === model_1.MANAGEMENT_API ? "Management API" : "not declared",
        status: "unchanged",
    }));
    return [...declared, ...dangling];
}
function graphOf(model) {
    const clients = new Map(model.clients.map((c) => [c.key, c]));
    const edges = model.grants.map((g) => {
        const client = clients.get(g.client);
        const fromApi = client?.purpose === "api-caller" && client.callerOf !== undefined;
        return {
            from: fromApi ? (0, exports.nodeId)("api", client.callerOf) : (0, exports.nodeId)("app", g.client),
            to: (0, exports.nodeId)("api", g.api),
            kind: fromApi ? "calls" : g.subjectType === "user" ? "user" : "machine",
            scopes: [...g.scopes].sort(),
            addedScopes: [],
            removedScopes: [],
            status: "unchanged",
        };
    });
    for (const role of model.roles) {
        for (const api of [...new Set(role.permissions.map((p) => p.api))].sort()) {
            const scopes = role.permissions.filter((p) => p.api === api).map((p) => p.scope).sort();
            edges.push({ from: (0, exports.nodeId)("role", role.key), to: (0, exports.nodeId)("api", api), kind: "role", scopes, addedScopes: [], removedScopes: [], status: "unchanged" });
        }
    }
    const referenced = new Set([...model.grants.map((g) => g.api), ...model.roles.flatMap((r) => r.permissions.map((p) => p.api))]);
    const nodes = [
        ...model.clients
            .filter((c) => c.purpose === "app")
            .map((c) => ({ id: (0, exports.nodeId)("app", c.key), kind: "app", key: c.key, label: c.name, detail: c.type, status: "unchanged" })),
        ...apiNodes(model, referenced),
        ...model.roles.map((r) => ({ id: (0, exports.nodeId)("role", r.key), kind: "role", key: r.key, label: r.name, detail: "role", status: "unchanged" })),
    ];
    return { nodes, edges };
}
const edgeKey = (e) => `${e.from}\u0000${e.to}\u0000${e.kind}`;
/**
 * The union of two graphs with each element's status. `changed` names nodes whose own settings
 * changed (from the ChangeSet); an edge is changed when its scopes differ.
 */
function mergeGraphs(before, after, changed) {
    const oldNodes = new Map(before.nodes.map((n) => [n.id, n]));
    const newIds = new Set(after.nodes.map((n) => n.id));
    const nodes = [
        ...after.nodes.map((n) => ({ ...n, status: !oldNodes.has(n.id) ? "added" : changed.has(n.id) ? "changed" : "unchanged" })),
        ...before.nodes.filter((n) => !newIds.has(n.id)).map((n) => ({ ...n, status: "removed" })),
    ];
    const oldEdges = new Map(before.edges.map((e) => [edgeKey(e), e]));
    const newKeys = new Set(after.edges.map(edgeKey));
    const edges = [
        ...after.edges.map((e) => {
            const old = oldEdges.get(edgeKey(e));
            if (old === undefined)
                return { ...e, addedScopes: e.scopes, status: "added" };
            const addedScopes = e.scopes.filter((s) => !old.scopes.includes(s));
            const removedScopes = old.scopes.filter((s) => !e.scopes.includes(s));
            return { ...e, addedScopes, removedScopes, status: addedScopes.length + removedScopes.length > 0 ? "changed" : "unchanged" };
        }),
        ...before.edges.filter((e) => !newKeys.has(edgeKey(e))).map((e) => ({ ...e, removedScopes: e.scopes, status: "removed" })),
    ];
    return { nodes, edges };
}
/**
 * The changed part of a diff graph: changed edges, changed nodes, and the edges of changed nodes
 * (who is affected when an API is replaced), with their endpoints.
 */
function changedPart(graph) {
    const status = new Map(graph.nodes.map((n) => [n.id, n.status]));
    const edges = graph.edges.filter((e) => e.status !== "unchanged" || status.get(e.from) === "changed" || status.get(e.to) === "changed");
    const keep = new Set([...edges.flatMap((e) => [e.from, e.to]), ...graph.nodes.filter((n) => n.status !== "unchanged").map((n) => n.id)]);
    return { nodes: graph.nodes.filter((n) => keep.has(n.id)), edges };
}
//# sourceMappingURL=graph.js.map