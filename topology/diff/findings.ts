// Which findings a change adds and which it resolves. Line numbers move with every edit, and a
// message may change with the values it quotes (an audience, a count) while the problem stays the
// same, so a finding is identified by rule, path and whether a waiver accepts it; findings with the
// same identity are paired one to one.
import type { Finding } from "../../policies/src/rule";
import type { FindingDelta } from "./changeset";

const identity = (f: Finding) => JSON.stringify([f.rule, f.path, f.waived === undefined]);

/** The findings of `from` that have no partner of the same identity in `among`. */
function unpaired(from: readonly Finding[], among: readonly Finding[]): Finding[] {
    const available = new Map<string, number>();
    for (const f of among) available.set(identity(f), (available.get(identity(f)) ?? 0) + 1);
    return from.filter((f) => {
        const left = available.get(identity(f)) ?? 0;
        if (left > 0) available.set(identity(f), left - 1);
        return left === 0;
    });
}

export function findingDelta(base: readonly Finding[], head: readonly Finding[]): FindingDelta {
    return { added: unpaired(head, base), resolved: unpaired(base, head) };
}
