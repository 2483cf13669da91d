// Graphviz DOT of a Graph, with the same conventions as the Mermaid renderer: solid user access,
// dashed machine access, bold purple role permissions, third-party apps filled yellow, the chosen
// nodes of a neighbourhood outlined thick blue, scopes as edge labels, diff statuses as colours.
import type { EdgeKind, Graph, GraphEdge, GraphNode, NodeKind, Status } from "./graph";
import { edgeLabelLines, GROUPS } from "./labels";

/** A DOT string: backslashes and quotes escaped, line breaks as DOT's \n escape. */
const quote = (text: string) => `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;

const SHAPES: Record<NodeKind, string> = { app: "box", api: "hexagon", role: "ellipse" };
const STYLES: Record<EdgeKind, string> = { user: "solid", role: "bold", machine: "dashed", calls: "dashed" };
const ROLE_COLOUR = "#8250df";
const COLOURS: Record<Status, string> = { unchanged: "black", added: "#1a7f37", removed: "#cf222e", changed: "#9a6700" };
const FOCUSED = "#0969da";

function nodeLine(node: GraphNode): string {
    const text = node.label === node.key ? node.key : `${node.label} (${node.key})`;
    const status = node.status === "unchanged" ? "" : `\n${node.status}`;
    const style = [node.status === "removed" ? "dashed" : "solid", ...(node.thirdParty === true ? ["filled"] : [])].join(",");
    const fill = node.thirdParty === true ? ', fillcolor="#fff8c5"' : "";
    const colour = node.focused === true && node.status === "unchanged" ? FOCUSED : COLOURS[node.status];
    const width = node.focused === true ? ", penwidth=3" : "";
    return `${quote(node.id)} [label=${quote(`${text}\n${node.detail}${status}`)}, shape=${SHAPES[node.kind]}, color=${quote(colour)}, style=${quote(style)}${fill}${width}];`;
}

function edgeLine(edge: GraphEdge): string {
    const width = edge.status === "unchanged" ? 1 : 2;
    const colour = edge.kind === "role" && edge.status === "unchanged" ? ROLE_COLOUR : COLOURS[edge.status];
    return `${quote(edge.from)} -> ${quote(edge.to)} [label=${quote(edgeLabelLines(edge).join("\n"))}, style=${STYLES[edge.kind]}, color=${quote(colour)}, penwidth=${width}];`;
}

export function toDot(graph: Graph): string {
    const lines = ["digraph topology {", "    rankdir=LR;", '    node [fontname="Helvetica"];', '    edge [fontname="Helvetica", fontsize=10];'];
    for (const group of GROUPS) {
        const members = graph.nodes.filter((n) => group.kinds.includes(n.kind));
        if (members.length === 0) continue;
        lines.push(`    subgraph cluster_${group.id} {`, `        label=${quote(group.title)};`, ...members.map((n) => `        ${nodeLine(n)}`), "    }");
    }
    lines.push(...graph.edges.map((e) => `    ${edgeLine(e)}`), "}");
    return `${lines.join("\n")}\n`;
}
