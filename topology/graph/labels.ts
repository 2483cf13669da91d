// Text shared by the graph renderers: groups of nodes and edge labels.
import type { GraphEdge, NodeKind } from "./graph";

/** Apps and roles on the left (they hold access), APIs on the right. */
export const GROUPS: readonly { id: string; title: string; kinds: readonly NodeKind[] }[] = [
    { id: "apps", title: "Apps and roles", kinds: ["app", "role"] },
    { id: "apis", title: "APIs", kinds: ["api"] },
];

/** Two scopes per line keep labels narrow enough for 30-node graphs. */
const PER_LINE = 2;

/** The scopes of an edge, gained ones marked "+", lost ones "−" (a removed edge lists what it had). */
export function edgeLabelLines(edge: GraphEdge): string[] {
    const marked =
        edge.status === "removed"
            ? edge.removedScopes.map((s) => `−${s}`)
            : [...edge.scopes.map((s) => (edge.status === "changed" && edge.addedScopes.includes(s) ? `+${s}` : s)), ...edge.removedScopes.map((s) => `−${s}`)];
    const prefix = edge.kind === "calls" ? "calls: " : "";
    const lines: string[] = [];
    for (let i = 0; i < marked.length; i += PER_LINE) lines.push(marked.slice(i, i + PER_LINE).join(", "));
    if (lines.length > 0) lines[0] = `${prefix}${lines[0]}`;
    return lines;
}
