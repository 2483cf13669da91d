// Repeated findings folded into one: a design (or a hostile file) with thousands of elements alike
// makes a rule fire thousands of times, and a report of them all is too long to read or even to
// print (hundreds of MB of JSON). Past the first few of one rule on one resource, and the first
// several dozen of one rule overall, one finding stands for the rest and counts them.
import type { Finding } from "./rule";

export const LISTED = {
    /** Findings of one rule (and level) on one resource, listed one by one. */
    perResource: 10,
    /** Findings of one rule (and level) in the whole report, listed one by one. */
    perRule: 50,
};

/** The findings one finding stands for (itself included). */
export const findingCount = (f: Finding) => f.count ?? 1;

/** Findings fold only with their own rule, level and waiver state, so that every count stays right. */
const kindOf = (f: Finding) => `${f.rule}\0${f.severity}\0${f.waived === undefined ? "" : "waived"}`;

/** The text of a path's first two segments (apps.shop, apis["a.b"]), read as pathSegments reads it. */
function headOf(path: string): string {
    let i = 0;
    for (let segments = 1; i < path.length; segments++) {
        if (path[i] === "[" && path[i + 1] === '"') {
            for (i += 2; i < path.length && path[i] !== '"'; i += path[i] === "\\" ? 2 : 1);
            i += 2;
        } else {
            while (i < path.length && path[i] !== "." && path[i] !== "[") i++;
        }
        if (segments === 2) break;
        if (path[i] === ".") i++;
    }
    return path.slice(0, i);
}

/** The resource a finding is about: its URN (pack), else the first two steps of its path (apps.shop). */
const resourceOf = (f: Finding) => f.urn ?? headOf(f.path);

/** What a folded finding said before it counted others. */
const ownMessage = new WeakMap<Finding, string>();

/** Keeps the first `listed` findings of each group; one finding (the first left out) counts the rest. */
function fold(findings: readonly Finding[], groupOf: (f: Finding) => { key: string; where?: string }, listed: number): Finding[] {
    const kept = new Map<string, number>();
    const folded = new Map<string, { first: Finding; count: number; where?: string }>();
    const out: Array<Finding | { fold: string }> = [];
    for (const finding of findings) {
        const { key, where } = groupOf(finding);
        const n = kept.get(key) ?? 0;
        if (n < listed) {
            kept.set(key, n + 1);
            out.push(finding);
            continue;
        }
        const group = folded.get(key);
        if (group === undefined) {
            folded.set(key, { first: finding, count: findingCount(finding), where });
            out.push({ fold: key });
        } else {
            group.count += findingCount(finding);
        }
    }
    return out.map((item) => {
        if (!("fold" in item)) return item;
        const { first, count, where } = folded.get(item.fold)!;
        if (count === findingCount(first)) return first;
        const place = where === undefined || where === "" ? "" : ` on ${where}`;
        const message = ownMessage.get(first) ?? first.message;
        const summary: Finding = { ...first, message: `${message} (and ${count - 1} more finding${count === 2 ? "" : "s"} of this rule${place}, not listed one by one)`, count };
        ownMessage.set(summary, message);
        return summary;
    });
}

/**
 * The findings (sorted, as runRules returns them) with repeats folded: per rule and level, at most
 * LISTED.perResource on one resource and LISTED.perRule in all are listed, each group's next
 * finding stands for the rest (its `count`).
 */
export function aggregateFindings(findings: readonly Finding[], listed = LISTED): Finding[] {
    if (findings.length <= listed.perResource) return [...findings];
    const perResource = fold(findings, (f) => {
        const where = resourceOf(f);
        return { key: `${kindOf(f)}\0${where}`, where };
    }, listed.perResource);
    return fold(perResource, (f) => ({ key: kindOf(f) }), listed.perRule);
}
