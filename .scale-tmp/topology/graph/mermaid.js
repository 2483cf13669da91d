"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.toMermaid = toMermaid;
const labels_1 = require("./labels");
/** Mermaid ids: kind prefix + key with '_' doubled and '-' as '_h', so distinct keys never collide. */
function mermaidId(node) {
    return `${node.kind}_${node.key.replace(/_/g, "__").replace(/-/g, "_h").replace(/[^A-Za-z0-9_]/g, (c) => `_${c.charCodeAt(0)}`)}`;
}
/** Text inside a quoted Mermaid label: quotes and angle brackets as Mermaid entity codes. */
function escapeText(text) {
    return text.replace(/#/g, "#35;").replace(/"/g, "#quot;").replace(/</g, "#lt;").replace(/>/g, "#gt;");
}
const SHAPES = { app: ["[", "]"], api: ["{{", "}}"], role: ["([", "])"] };
const ARROWS = { user: "-->", role: "-->", machine: "-.->", calls: "-.->" };
const STATUS_STYLES = {
    added: { node: "stroke:#1a7f37,stroke-width:3px", link: "stroke:#1a7f37,stroke-width:3px" },
    removed: { node: "stroke:#cf222e,stroke-width:3px,stroke-dasharray:5 4,color:#cf222e", link: "stroke:#cf222e,stroke-width:2px" },
    changed: { node: "stroke:#9a6700,stroke-width:3px", link: "stroke:#9a6700,stroke-width:3px" },
};
function nodeLine(node) {
    const [open, close] = SHAPES[node.kind];
    const text = node.label === node.key ? node.key : `${node.label} (${node.key})`;
    const status = node.status === "unchanged" ? "" : `<br/>${node.status}`;
    return `${mermaidId(node)}${open}"${escapeText(text)}<br/><i>${escapeText(node.detail)}</i>${status}"${close}`;
}
function edgeLine(edge, ids) {
    const label = (0, labels_1.edgeLabelLines)(edge).map(escapeText).join("<br/>");
    const arrow = ARROWS[edge.kind];
    return `${ids.get(edge.from)} ${arrow}${label === "" ? "" : `|"${label}"|`} ${ids.get(edge.to)}`;
}
function toMermaid(graph) {
    const ids = new Map(graph.nodes.map((n) => [n.id, mermaidId(n)]));
    const lines = ["flowchart LR"];
    for (const group of labels_1.GROUPS) {
        const members = graph.nodes.filter((n) => group.kinds.includes(n.kind));
        if (members.length === 0)
            continue;
        lines.push(`    subgraph ${group.id}["${group.title}"]`, ...members.map((n) => `        ${nodeLine(n)}`), "    end");
    }
    lines.push(...graph.edges.map((e) => `    ${edgeLine(e, ids)}`));
    for (const [status, style] of Object.entries(STATUS_STYLES)) {
        const nodes = graph.nodes.filter((n) => n.status === status).map((n) => ids.get(n.id));
        if (nodes.length > 0)
            lines.push(`    classDef ${status} ${style.node}`, `    class ${nodes.join(",")} ${status}`);
        const links = graph.edges.flatMap((e, i) => (e.status === status ? [i] : []));
        if (links.length > 0)
            lines.push(`    linkStyle ${links.join(",")} ${style.link}`);
    }
    return `${lines.join("\n")}\n`;
}
//# sourceMappingURL=mermaid.js.map