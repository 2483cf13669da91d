// The diff for scripts: the ChangeSet as is, with the risk tally and the changed part's graph.
import type { Graph } from "../graph/graph";
import { risksOf, type ChangeSet } from "./changeset";

export function toJson(changeSet: ChangeSet, graph?: Graph): string {
    return `${JSON.stringify({ risks: risksOf(changeSet), ...changeSet, ...(graph === undefined ? {} : { graph }) }, null, 2)}\n`;
}
