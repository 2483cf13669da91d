"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GROUPS = void 0;
exports.edgeLabelLines = edgeLabelLines;
/** Apps and roles on the left (they hold access), APIs on the right. */
exports.GROUPS = [
    { id: "apps", title: "Apps and roles", kinds: ["app", "role"] },
    { id: "apis", title: "APIs", kinds: ["api"] },
];
/** Two scopes per line keep labels narrow enough for 30-node graphs. */
const PER_LINE = 2;
/** The scopes of an edge, gained ones marked "+", lost ones "−" (a removed edge lists what it had). */
function edgeLabelLines(edge) {
    const marked = edge.status === "removed"
        ? edge.removedScopes.map((s) => `−${s}`)
        : [...edge.scopes.map((s) => (edge.status === "changed" && edge.addedScopes.includes(s) ? `+${s}` : s)), ...edge.removedScopes.map((s) => `−${s}`)];
    const prefix = edge.kind === "calls" ? "calls: " : "";
    const lines = [];
    for (let i = 0; i < marked.length; i += PER_LINE)
        lines.push(marked.slice(i, i + PER_LINE).join(", "));
    if (lines.length > 0)
        lines[0] = `${prefix}${lines[0]}`;
    return lines;
}
//# sourceMappingURL=labels.js.map