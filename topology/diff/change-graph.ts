// The graph of the changed part of a diff, for embedding in the review comment.
import type { TenantModel } from "../../policies/src/model";
import { changedPart, graphOf, mergeGraphs, nodeId, type Graph, type NodeKind } from "../graph/graph";
import type { Change } from "./changeset";
import { applyRenames, findRenames } from "./renames";

const SECTIONS: Record<string, NodeKind> = { apis: "api", apps: "app", roles: "role" };

/** The graph node a change's own settings belong to (a grant's change shows on its edge instead). */
function nodeOf(change: Change): string | undefined {
    if (!["api", "app", "role", "scope"].includes(change.kind) || (change.kind !== "scope" && change.action !== "changed")) return undefined;
    const [section, key] = change.path.split(".");
    const kind = SECTIONS[section];
    return kind === undefined || key === undefined ? undefined : nodeId(kind, key);
}

export function changeGraph(base: TenantModel, head: TenantModel, changes: readonly Change[]): Graph {
    const before = graphOf(applyRenames(base, findRenames(base, head)));
    const changed = new Set(changes.flatMap((c) => nodeOf(c) ?? []));
    return changedPart(mergeGraphs(before, graphOf(head), changed));
}
