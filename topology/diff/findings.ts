// Which findings a change adds and which it resolves. Line numbers move with every edit, so a
// finding is identified by rule, path, message and whether a waiver accepts it.
import type { Finding } from "../../policies/src/rule";
import type { FindingDelta } from "./changeset";

const identity = (f: Finding) => JSON.stringify([f.rule, f.path, f.message, f.waived?.reason ?? null]);

export function findingDelta(base: readonly Finding[], head: readonly Finding[]): FindingDelta {
    const before = new Set(base.map(identity));
    const after = new Set(head.map(identity));
    return { added: head.filter((f) => !before.has(identity(f))), resolved: base.filter((f) => !after.has(identity(f))) };
}
