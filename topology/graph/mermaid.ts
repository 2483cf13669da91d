// Mermaid flowchart of a Graph. User access is a solid arrow, machine access (client credentials,
// an API's own calls) a dashed one, a role's permissions a thick arrow, each labelled with its
// scopes; third-party apps have their own colour; the chosen nodes of a neighbourhood a thick blue
// outline; in a diff graph added, removed and changed elements are coloured. A legend (optional) shows each convention once.
import type { EdgeKind, Graph, GraphEdge, GraphNode, NodeKind, Status } from "./graph";
import { edgeLabelLines, GROUPS } from "./labels";

export interface MermaidOptions {
    /** A "Legend" box drawing each node shape and arrow once. */
    legend?: boolean;
    /** Scopes on the arrows (default true): at hundreds of arrows they only hide the arrows. */
    scopeLabels?: boolean;
}

/** Mermaid ids: kind prefix + key with '_' doubled and '-' as '_h', so distinct keys never collide. */
function mermaidId(node: Pick<GraphNode, "kind" | "key">): string {
    return `${node.kind}_${node.key.replace(/_/g, "__").replace(/-/g, "_h").replace(/[^A-Za-z0-9_]/g, (c) => `_${c.charCodeAt(0)}`)}`;
}

/** Text inside a quoted Mermaid label: quotes and angle brackets as Mermaid entity codes. */
function escapeText(text: string): string {
    return text.replace(/#/g, "#35;").replace(/"/g, "#quot;").replace(/</g, "#lt;").replace(/>/g, "#gt;");
}

const SHAPES: Record<NodeKind, [string, string]> = { app: ["[", "]"], api: ["{{", "}}"], role: ["([", "])"] };
const ARROWS: Record<EdgeKind, string> = { user: "-->", role: "==>", machine: "-.->", calls: "-.->" };
const THIRD_PARTY = "fill:#fff8c5,stroke:#9a6700,stroke-width:2px";
const FOCUSED = "stroke:#0969da,stroke-width:4px";
const ROLE_LINK = "stroke:#8250df,stroke-width:3px";
const STATUS_STYLES: Record<Exclude<Status, "unchanged">, { node: string; link: string }> = {
    added: { node: "stroke:#1a7f37,stroke-width:3px", link: "stroke:#1a7f37,stroke-width:3px" },
    removed: { node: "stroke:#cf222e,stroke-width:3px,stroke-dasharray:5 4,color:#cf222e", link: "stroke:#cf222e,stroke-width:2px" },
    changed: { node: "stroke:#9a6700,stroke-width:3px", link: "stroke:#9a6700,stroke-width:3px" },
};

function nodeLine(node: GraphNode): string {
    const [open, close] = SHAPES[node.kind];
    const text = node.label === node.key ? node.key : `${node.label} (${node.key})`;
    const status = node.status === "unchanged" ? "" : `<br/>${node.status}`;
    return `${mermaidId(node)}${open}"${escapeText(text)}<br/><i>${escapeText(node.detail)}</i>${status}"${close}`;
}

function edgeLine(edge: GraphEdge, ids: Map<string, string>, scopeLabels: boolean): string {
    const lines = scopeLabels ? edgeLabelLines(edge) : edge.kind === "calls" ? ["calls"] : [];
    const label = lines.map(escapeText).join("<br/>");
    return `${ids.get(edge.from)} ${ARROWS[edge.kind]}${label === "" ? "" : `|"${label}"|`} ${ids.get(edge.to)}`;
}

/** One of each: its nodes and arrows come after the graph's, so the graph's link indexes stay as they are. */
function legendLines(scopeLabels: boolean): { nodes: string[]; edges: string[]; roleEdge: number } {
    const scopes = scopeLabels ? "scopes" : "";
    const label = (text: string) => `|"${text}${scopes === "" ? "" : `: ${scopes}`}"|`;
    return {
        nodes: [
            '    subgraph legend["Legend"]',
            '        legend_app["app<br/><i>spa, native, web</i>"]',
            '        legend_m2m["machine client<br/><i>m2m</i>"]',
            '        legend_third["third-party app"]:::thirdParty',
            '        legend_role(["role"])',
            '        legend_api{{"API"}}',
            '        legend_other{{"API it calls"}}',
            "    end",
        ],
        edges: [
            `    legend_app -->${label("for a signed-in user")} legend_api`,
            `    legend_m2m -.->${label("as itself (client credentials)")} legend_api`,
            `    legend_role ==>${label("permissions of its users")} legend_api`,
            `    legend_api -.->|"calls"| legend_other`,
        ],
        roleEdge: 2,
    };
}

export function toMermaid(graph: Graph, options: MermaidOptions = {}): string {
    const scopeLabels = options.scopeLabels ?? true;
    const ids = new Map(graph.nodes.map((n) => [n.id, mermaidId(n)]));
    const lines = ["flowchart LR"];
    if (!scopeLabels) lines.push(`    %% ${graph.edges.length} arrows: scopes left out; topology graph --focus KEY draws a neighbourhood with them`);
    for (const group of GROUPS) {
        const members = graph.nodes.filter((n) => group.kinds.includes(n.kind));
        if (members.length === 0) continue;
        lines.push(`    subgraph ${group.id}["${group.title}"]`, ...members.map((n) => `        ${nodeLine(n)}`), "    end");
    }
    const legend = options.legend === true ? legendLines(scopeLabels) : undefined;
    lines.push(...(legend?.nodes ?? []));
    lines.push(...graph.edges.map((e) => `    ${edgeLine(e, ids, scopeLabels)}`), ...(legend?.edges ?? []));
    const thirdParty = graph.nodes.filter((n) => n.thirdParty === true).map((n) => ids.get(n.id));
    if (thirdParty.length > 0 || legend !== undefined) lines.push(`    classDef thirdParty ${THIRD_PARTY}`);
    if (thirdParty.length > 0) lines.push(`    class ${thirdParty.join(",")} thirdParty`);
    const focused = graph.nodes.filter((n) => n.focused === true).map((n) => ids.get(n.id));
    if (focused.length > 0) lines.push(`    classDef focused ${FOCUSED}`, `    class ${focused.join(",")} focused`);
    const roleLinks = [...graph.edges.flatMap((e, i) => (e.kind === "role" ? [i] : [])), ...(legend === undefined ? [] : [graph.edges.length + legend.roleEdge])];
    if (roleLinks.length > 0) lines.push(`    linkStyle ${roleLinks.join(",")} ${ROLE_LINK}`);
    for (const [status, style] of Object.entries(STATUS_STYLES)) {
        const nodes = graph.nodes.filter((n) => n.status === status).map((n) => ids.get(n.id));
        if (nodes.length > 0) lines.push(`    classDef ${status} ${style.node}`, `    class ${nodes.join(",")} ${status}`);
        const links = graph.edges.flatMap((e, i) => (e.status === status ? [i] : []));
        if (links.length > 0) lines.push(`    linkStyle ${links.join(",")} ${style.link}`);
    }
    return `${lines.join("\n")}\n`;
}
