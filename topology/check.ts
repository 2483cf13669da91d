// `topology check` as a function: load the file, then run the rule catalog on its model.
import { modelSecrets, SecretMask } from "../policies/src/mask";
import { aggregateFindings } from "../policies/src/aggregate";
import { pathSegments, pathText } from "../policies/src/path";
import type { TenantModel } from "../policies/src/model";
import type { Finding, Level } from "../policies/src/rule";
import { rules } from "../policies/src/rules";
import { undefinedVariable } from "../policies/src/rules/references/loader";
import { compareFindings, runRules } from "../policies/src/run";
import { loadTopology, type LoadOptions, type LoadResult } from "./load";
import type { Position } from "./load/position";
import type { StackSettings } from "./stack";

export interface CheckOptions extends LoadOptions {
    /** Per-rule level overrides, by rule id. */
    levels?: Record<string, Level>;
}

export interface CheckResult extends Pick<LoadResult, "model" | "stack" | "findings"> {
    /** Masks the credentials the file and its stack file hold in clear; findings are already masked. */
    mask: SecretMask;
}

/** What outputs about a loaded topology must not print: its credentials, and its stack file's. */
export function secretMask(model: TenantModel | undefined, stack: StackSettings | undefined): SecretMask {
    return new SecretMask([...modelSecrets(model), ...(stack?.plaintextSecrets?.secrets ?? [])]);
}


/**
 * A rule reports the most precise path it can (one callback, one scope of a grant, a count of
 * the whole apps section) about a model element: the finding points where that path is written.
 */
function placed(finding: Finding, file: string, locate: (path: string) => Position): Finding {
    return finding.path === "" ? finding : { ...finding, file, ...locate(finding.path) };
}

/** Whether one of `paths` is `path` or one of its ancestors (compared by segments, as pathCovers does). */
function coveredBy(paths: ReadonlySet<string>, path: string): boolean {
    if (paths.has(path)) return true;
    const segments = pathSegments(path);
    for (let n = 1; n < segments.length; n++) if (paths.has(pathText(segments.slice(0, n)))) return true;
    return false;
}

/** Every finding, loader and rules alike, sorted by position. No model: the file did not load. */
export function checkTopology(options: CheckOptions): CheckResult {
    const { model, stack, findings, locate } = loadTopology(options);
    const mask = secretMask(model, stack);
    if (model === undefined) return { stack, findings: mask.data(aggregateFindings(findings)), mask };
    // A value with an undefined variable is reported once, as such; rules do not judge its placeholder.
    const incomplete = new Set(findings.filter((f) => f.rule === undefinedVariable.meta.id).map((f) => f.path));
    const ruleFindings = runRules(model, rules, { levels: options.levels })
        .filter((f) => incomplete.size === 0 || !coveredBy(incomplete, f.path))
        .map((f) => (locate === undefined ? f : placed(f, options.file, locate)));
    // Other rules quote the values they judge (a callback with a password in it): masked here, once.
    return { model, stack, findings: mask.data(aggregateFindings([...findings, ...ruleFindings].sort(compareFindings))), mask };
}
