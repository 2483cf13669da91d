// One graph of who calls what, built from a TenantModel: apps -> APIs (user or machine access),
// APIs -> APIs (an API's backend `calls`), roles -> APIs. Renderers (mermaid, dot) only format it.
import { MANAGEMENT_API, type TenantModel } from "../../policies/src/model";

export type NodeKind = "app" | "api" | "role";
/** In a diff graph: how the element changed. A plain graph has only "unchanged". */
export type Status = "added" | "removed" | "changed" | "unchanged";
/** user: on behalf of a signed-in user; machine: client credentials; calls: an API's backend; role: permissions. */
export type EdgeKind = "user" | "machine" | "calls" | "role";

export interface GraphNode {
    id: string;
    kind: NodeKind;
    key: string;
    label: string;
    /** A second line: app type, "external API", "Management API". */
    detail: string;
    status: Status;
    /** An app of another company (firstParty: false): drawn apart, its access needs consent. */
    thirdParty?: boolean;
    /** In a neighbourhood (`graph --focus/--app/--api`): one of the chosen nodes, drawn outlined. */
    focused?: boolean;
}

export interface GraphEdge {
    from: string;
    to: string;
    kind: EdgeKind;
    scopes: string[];
    /** In a diff graph: scopes gained and lost on this edge. */
    addedScopes: string[];
    removedScopes: string[];
    status: Status;
}

export interface Graph {
    nodes: GraphNode[];
    edges: GraphEdge[];
}

export const nodeId = (kind: NodeKind, key: string) => `${kind}:${key}`;

function apiNodes(model: TenantModel, referenced: Set<string>): GraphNode[] {
    const declared = model.apis
        .filter((a) => a.kind !== "management" || referenced.has(a.key))
        .map((a): GraphNode => ({
            id: nodeId("api", a.key),
            kind: "api",
            key: a.key,
            label: a.name,
            detail: a.kind === "management" ? "Management API" : a.kind === "external" ? "external API" : "API",
            status: "unchanged",
        }));
    const known = new Set(model.apis.map((a) => a.key));
    // A reference to an undeclared API still shows, so the graph never hides a dangling grant.
    const dangling = [...referenced].filter((k) => !known.has(k)).map((k): GraphNode => ({
        id: nodeId("api", k),
        kind: "api",
        key: k,
        label: k,
        detail: k === MANAGEMENT_API ? "Management API" : "not declared",
        status: "unchanged",
    }));
    return [...declared, ...dangling];
}

export function graphOf(model: TenantModel): Graph {
    const clients = new Map(model.clients.map((c) => [c.key, c]));
    const edges: GraphEdge[] = model.grants.map((g) => {
        const client = clients.get(g.client);
        const fromApi = client?.purpose === "api-caller" && client.callerOf !== undefined;
        return {
            from: fromApi ? nodeId("api", client.callerOf as string) : nodeId("app", g.client),
            to: nodeId("api", g.api),
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
            edges.push({ from: nodeId("role", role.key), to: nodeId("api", api), kind: "role", scopes, addedScopes: [], removedScopes: [], status: "unchanged" });
        }
    }
    const referenced = new Set([...model.grants.map((g) => g.api), ...model.roles.flatMap((r) => r.permissions.map((p) => p.api))]);
    const nodes: GraphNode[] = [
        ...model.clients
            .filter((c) => c.purpose === "app")
            .map((c): GraphNode => ({
                id: nodeId("app", c.key),
                kind: "app",
                key: c.key,
                label: c.name,
                detail: c.firstParty ? c.type : `${c.type}, third-party`,
                status: "unchanged",
                ...(c.firstParty ? {} : { thirdParty: true }),
            })),
        ...apiNodes(model, referenced),
        ...model.roles.map((r): GraphNode => ({ id: nodeId("role", r.key), kind: "role", key: r.key, label: r.name, detail: "role", status: "unchanged" })),
    ];
    return { nodes, edges };
}

const edgeKey = (e: GraphEdge) => `${e.from}\u0000${e.to}\u0000${e.kind}`;

/**
 * The union of two graphs with each element's status. `changed` names nodes whose own settings
 * changed (from the ChangeSet); an edge is changed when its scopes differ.
 */
export function mergeGraphs(before: Graph, after: Graph, changed: ReadonlySet<string>): Graph {
    const oldNodes = new Map(before.nodes.map((n) => [n.id, n]));
    const newIds = new Set(after.nodes.map((n) => n.id));
    const nodes: GraphNode[] = [
        ...after.nodes.map((n): GraphNode => ({ ...n, status: !oldNodes.has(n.id) ? "added" : changed.has(n.id) ? "changed" : "unchanged" })),
        ...before.nodes.filter((n) => !newIds.has(n.id)).map((n): GraphNode => ({ ...n, status: "removed" })),
    ];
    const oldEdges = new Map(before.edges.map((e) => [edgeKey(e), e]));
    const newKeys = new Set(after.edges.map(edgeKey));
    const edges: GraphEdge[] = [
        ...after.edges.map((e): GraphEdge => {
            const old = oldEdges.get(edgeKey(e));
            if (old === undefined) return { ...e, addedScopes: e.scopes, status: "added" };
            const addedScopes = e.scopes.filter((s) => !old.scopes.includes(s));
            const removedScopes = old.scopes.filter((s) => !e.scopes.includes(s));
            return { ...e, addedScopes, removedScopes, status: addedScopes.length + removedScopes.length > 0 ? "changed" : "unchanged" };
        }),
        ...before.edges.filter((e) => !newKeys.has(edgeKey(e))).map((e): GraphEdge => ({ ...e, removedScopes: e.scopes, status: "removed" })),
    ];
    return { nodes, edges };
}

/**
 * The changed part of a diff graph: changed edges, changed nodes, and the edges of changed nodes
 * (who is affected when an API is replaced), with their endpoints.
 */
export function changedPart(graph: Graph): Graph {
    const status = new Map(graph.nodes.map((n) => [n.id, n.status]));
    const edges = graph.edges.filter((e) => e.status !== "unchanged" || status.get(e.from) === "changed" || status.get(e.to) === "changed");
    const keep = new Set([...edges.flatMap((e) => [e.from, e.to]), ...graph.nodes.filter((n) => n.status !== "unchanged").map((n) => n.id)]);
    return { nodes: graph.nodes.filter((n) => keep.has(n.id)), edges };
}
