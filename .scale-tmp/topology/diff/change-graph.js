"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.changeGraph = changeGraph;
const graph_1 = require("../graph/graph");
const renames_1 = require("./renames");
const SECTIONS = { apis: "api", apps: "app", roles: "role" };
/** The graph node a change's own settings belong to (a grant's change shows on its edge instead). */
function nodeOf(change) {
    if (!["api", "app", "role", "scope"].includes(change.kind) || (change.kind !== "scope" && change.action !== "changed"))
        return undefined;
    const [section, key] = change.path.split(".");
    const kind = SECTIONS[section];
    return kind === undefined || key === undefined ? undefined : (0, graph_1.nodeId)(kind, key);
}
function changeGraph(base, head, changes) {
    const before = (0, graph_1.graphOf)((0, renames_1.applyRenames)(base, (0, renames_1.findRenames)(base, head)));
    const changed = new Set(changes.flatMap((c) => nodeOf(c) ?? []));
    return (0, graph_1.changedPart)((0, graph_1.mergeGraphs)(before, (0, graph_1.graphOf)(head), changed));
}
//# sourceMappingURL=change-graph.js.map