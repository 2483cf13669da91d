// `topology check` as a function: load the file, then run the rule catalog on its model.
import type { Finding, Level } from "../policies/src/rule";
import { rules } from "../policies/src/rules";
import { undefinedVariable } from "../policies/src/rules/references/loader";
import { compareFindings, runRules } from "../policies/src/run";
import { loadTopology, type LoadOptions, type LoadResult } from "./load";
import type { Position } from "./load/position";

export interface CheckOptions extends LoadOptions {
    /** Per-rule level overrides, by rule id. */
    levels?: Record<string, Level>;
}

export type CheckResult = Pick<LoadResult, "model" | "stack" | "findings">;

const isAtOrBelow = (path: string, ancestor: string) => path === ancestor || path.startsWith(`${ancestor}.`);

/**
 * A rule reports the most precise path it can (one callback, one scope of a grant, a count of
 * the whole apps section) about a model element: the finding points where that path is written.
 */
function placed(finding: Finding, file: string, locate: (path: string) => Position): Finding {
    return finding.path === "" ? finding : { ...finding, file, ...locate(finding.path) };
}

/** Every finding, loader and rules alike, sorted by position. No model: the file did not load. */
export function checkTopology(options: CheckOptions): CheckResult {
    const { model, stack, findings, locate } = loadTopology(options);
    if (model === undefined || locate === undefined) return { stack, findings };
    // A value with an undefined variable is reported once, as such; rules do not judge its placeholder.
    const incomplete = findings.filter((f) => f.rule === undefinedVariable.meta.id).map((f) => f.path);
    const ruleFindings = runRules(model, rules, { levels: options.levels })
        .filter((f) => !incomplete.some((path) => isAtOrBelow(f.path, path)))
        .map((f) => placed(f, options.file, locate));
    return { model, stack, findings: [...findings, ...ruleFindings].sort(compareFindings) };
}
