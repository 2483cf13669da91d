// Runs rules over a model and turns their reports into findings: picks each finding's level
// (default, production escalation, per-report override, caller overrides), then applies waivers.
import { aggregateFindings, findingCount } from "./aggregate";
import type { TenantModel, Waiver } from "./model";
import { pathCovers } from "./path";
import type { Finding, Level, Report, Rule } from "./rule";
import { compareText } from "./compare-text";

export interface RunOptions {
    /** Per-rule level overrides (policy-pack config, CLI), by rule id. */
    levels?: Record<string, Level>;
}

function levelOf(rule: Rule, report: Report, model: TenantModel, options: RunOptions): Level {
    const override = options.levels?.[rule.meta.id];
    if (override !== undefined) return override;
    if (report.severity !== undefined) return report.severity;
    if (model.environment === "production" && rule.meta.production !== undefined) return rule.meta.production;
    return rule.meta.severity;
}

function toFinding(rule: Rule, report: Report, level: Exclude<Level, "off">): Finding {
    const { source } = report;
    const finding: Finding = { rule: rule.meta.id, severity: level, message: report.message, path: report.path ?? source.path };
    if (report.hint !== undefined) finding.hint = report.hint;
    if (source.file !== undefined) finding.file = source.file;
    if (source.line !== undefined) finding.line = source.line;
    if (source.column !== undefined) finding.column = source.column;
    if (source.urn !== undefined) finding.urn = source.urn;
    return finding;
}

/** A waiver covers a finding of its rule on its target or anywhere below it. */
export function waiverCovers(waiver: Pick<Waiver, "rule" | "target">, finding: Pick<Finding, "rule" | "path">): boolean {
    return waiver.rule === finding.rule && pathCovers(waiver.target, finding.path);
}

/** Runs one rule; a rule that throws becomes an error finding rather than ending the whole run. */
function runRule(rule: Rule, model: TenantModel): Report[] {
    try {
        return rule.check(model);
    } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        return [{ source: { path: "" }, message: `rule ${rule.meta.id} failed on this model: ${message}`, severity: "error" }];
    }
}

export function runRules(model: TenantModel, rules: readonly Rule[], options: RunOptions = {}): Finding[] {
    const findings: Finding[] = [];
    const byId = new Map(rules.map((r) => [r.meta.id, r]));
    for (const rule of rules) {
        for (const report of runRule(rule, model)) {
            const level = levelOf(rule, report, model, options);
            if (level !== "off") findings.push(toFinding(rule, report, level));
        }
    }
    findings.push(...applyWaivers(model.waivers, findings, byId));
    return aggregateFindings(findings.sort(compareFindings));
}

const UNUSED_WAIVER = "unused-waiver";

/** Marks waived findings in place; returns findings about waivers that accept nothing. */
function applyWaivers(waivers: readonly Waiver[], findings: Finding[], rules: Map<string, Rule>): Finding[] {
    const problems: Finding[] = [];
    // By rule: thousands of waivers over tens of thousands of findings must not compare every pair.
    const byRule = new Map<string, Finding[]>();
    for (const finding of waivers.length === 0 ? [] : findings) {
        const same = byRule.get(finding.rule);
        if (same === undefined) byRule.set(finding.rule, [finding]);
        else same.push(finding);
    }
    for (const waiver of waivers) {
        const rule = rules.get(waiver.rule);
        const problem = (message: string, hint: string) =>
            problems.push(toFinding(UNUSED_WAIVER_RULE, { source: waiver.source, message, hint }, "warning"));
        if (rule === undefined) {
            problem(`the waiver names rule '${waiver.rule}', which does not exist`, "use a rule id from the catalog");
            continue;
        }
        if (rule.meta.waivable === false) {
            problem(`rule '${waiver.rule}' cannot be waived: Auth0 would reject the design at deploy time`, "fix the finding instead");
            continue;
        }
        let used = false;
        for (const finding of byRule.get(waiver.rule) ?? []) {
            if (finding.waived === undefined && waiverCovers(waiver, finding)) {
                finding.waived = { reason: waiver.reason };
                used = true;
            }
        }
        if (!used) problem(`the waiver of '${waiver.rule}' on ${waiver.target} matches no finding`, "remove the waiver");
    }
    return problems;
}

export const UNUSED_WAIVER_RULE: Rule = {
    meta: {
        id: UNUSED_WAIVER,
        severity: "warning",
        description: "A waiver that accepts no finding: the rule does not exist, cannot be waived, or no longer fires on its target.",
        docs: "https://github.com/auth0-topology/auth0-topology/blob/main/README.md#waivers",
    },
    check: () => [],
};

const RANK = { error: 0, warning: 1, info: 2 } as const;

export function compareFindings(a: Finding, b: Finding): number {
    return (
        (a.line ?? Infinity) - (b.line ?? Infinity) ||
        (a.column ?? 0) - (b.column ?? 0) ||
        RANK[a.severity] - RANK[b.severity] ||
        compareText(a.path, b.path) ||
        compareText(a.rule, b.rule) ||
        compareText(a.message, b.message)
    );
}

export interface Summary {
    errors: number;
    warnings: number;
    infos: number;
}

/** Waived findings are shown but not counted: they no longer fail a run. A folded finding counts the ones it stands for. */
export function summarize(findings: readonly Finding[]): Summary {
    const summary: Summary = { errors: 0, warnings: 0, infos: 0 };
    for (const f of findings) {
        if (f.waived !== undefined) continue;
        const n = findingCount(f);
        if (f.severity === "error") summary.errors += n;
        else if (f.severity === "warning") summary.warnings += n;
        else summary.infos += n;
    }
    return summary;
}
