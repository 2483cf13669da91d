// A neighbourhood of a graph: the nodes within `depth` edges of the chosen ones, in either
// direction (who calls an API, what an app calls), for `topology graph --focus/--app/--api`.
import type { Graph, GraphNode, NodeKind } from "./graph";

export interface Selection {
    /** Keys of any kind (app, API or role). */
    focus: readonly string[];
    apps: readonly string[];
    apis: readonly string[];
    depth: number;
}

/** The chosen nodes, and the keys that matched none (to report as a usage error). */
export function chosenNodes(graph: Graph, selection: Selection): { ids: Set<string>; unknown: string[] } {
    const wanted: [string, readonly NodeKind[]][] = [
        ...selection.focus.map((key): [string, readonly NodeKind[]] => [key, ["app", "api", "role"]]),
        ...selection.apps.map((key): [string, readonly NodeKind[]] => [key, ["app"]]),
        ...selection.apis.map((key): [string, readonly NodeKind[]] => [key, ["api"]]),
    ];
    const ids = new Set<string>();
    const unknown: string[] = [];
    for (const [key, kinds] of wanted) {
        const matches = graph.nodes.filter((n: GraphNode) => n.key === key && kinds.includes(n.kind));
        if (matches.length === 0) unknown.push(key);
        for (const n of matches) ids.add(n.id);
    }
    return { ids, unknown };
}

/** Nodes at most `depth` edges from `seeds` (marked focused), and the edges walked to reach them or between them. */
export function neighbourhood(graph: Graph, seeds: ReadonlySet<string>, depth: number): Graph {
    const distance = new Map([...seeds].map((id) => [id, 0]));
    let frontier = new Set(seeds);
    for (let hop = 1; hop <= depth && frontier.size > 0; hop++) {
        const next = new Set<string>();
        for (const e of graph.edges) {
            for (const [a, b] of [[e.from, e.to], [e.to, e.from]] as const) {
                if (frontier.has(a) && !distance.has(b)) {
                    distance.set(b, hop);
                    next.add(b);
                }
            }
        }
        frontier = next;
    }
    // An edge between two nodes on the rim (both at `depth`) leads further out: left out.
    const within = (id: string) => (distance.get(id) ?? Infinity) < depth;
    const kept = (id: string) => distance.has(id);
    return {
        nodes: graph.nodes.filter((n) => kept(n.id)).map((n) => (seeds.has(n.id) ? { ...n, focused: true } : n)),
        edges: graph.edges.filter((e) => kept(e.from) && kept(e.to) && (within(e.from) || within(e.to))),
    };
}
