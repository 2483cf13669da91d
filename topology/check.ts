// `topology check` as a function: load the file, then run the rule catalog on its model.
import type { Level } from "../policies/src/rule";
import { rules } from "../policies/src/rules";
import { compareFindings, runRules } from "../policies/src/run";
import { loadTopology, type LoadOptions, type LoadResult } from "./load";

export interface CheckOptions extends LoadOptions {
    /** Per-rule level overrides, by rule id. */
    levels?: Record<string, Level>;
}

export type CheckResult = Pick<LoadResult, "model" | "stack" | "findings">;

/** Every finding, loader and rules alike, sorted by position. No model: the file did not load. */
export function checkTopology(options: CheckOptions): CheckResult {
    const { model, stack, findings } = loadTopology(options);
    if (model === undefined) return { stack, findings };
    return { model, stack, findings: [...findings, ...runRules(model, rules, { levels: options.levels })].sort(compareFindings) };
}
