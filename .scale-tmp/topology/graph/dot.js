"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.toDot = toDot;
const labels_1 = require("./labels");
/** A DOT string: backslashes and quotes escaped, line breaks as DOT's \n escape. */
const quote = (text) => `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;
const SHAPES = { app: "box", api: "hexagon", role: "ellipse" };
const STYLES = { user: "solid", role: "solid", machine: "dashed", calls: "dashed" };
const COLOURS = { unchanged: "black", added: "#1a7f37", removed: "#cf222e", changed: "#9a6700" };
function nodeLine(node) {
    const text = node.label === node.key ? node.key : `${node.label} (${node.key})`;
    const status = node.status === "unchanged" ? "" : `\n${node.status}`;
    const style = node.status === "removed" ? "dashed" : "solid";
    return `${quote(node.id)} [label=${quote(`${text}\n${node.detail}${status}`)}, shape=${SHAPES[node.kind]}, color=${quote(COLOURS[node.status])}, style=${style}];`;
}
function edgeLine(edge) {
    const width = edge.status === "unchanged" ? 1 : 2;
    return `${quote(edge.from)} -> ${quote(edge.to)} [label=${quote((0, labels_1.edgeLabelLines)(edge).join("\n"))}, style=${STYLES[edge.kind]}, color=${quote(COLOURS[edge.status])}, penwidth=${width}];`;
}
function toDot(graph) {
    const lines = ["digraph topology {", "    rankdir=LR;", '    node [fontname="Helvetica"];', '    edge [fontname="Helvetica", fontsize=10];'];
    for (const group of labels_1.GROUPS) {
        const members = graph.nodes.filter((n) => group.kinds.includes(n.kind));
        if (members.length === 0)
            continue;
        lines.push(`    subgraph cluster_${group.id} {`, `        label=${quote(group.title)};`, ...members.map((n) => `        ${nodeLine(n)}`), "    }");
    }
    lines.push(...graph.edges.map((e) => `    ${edgeLine(e)}`), "}");
    return `${lines.join("\n")}\n`;
}
//# sourceMappingURL=dot.js.map