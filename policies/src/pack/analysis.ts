// What the pack reports for one stack: the model rebuilt from its resources, what could not be
// read, and the findings of every rule, computed once per AnalyzeStack by the tenant-model policy.
import type { EnforcementLevel } from "@pulumi/policy";
import type { Finding, Level, Rule } from "../rule";
import { rules } from "../rules";
import { runRules } from "../run";
import type { TenantModel } from "../model";
import { readResources, type PackConfig } from "./from-resources";
import type { Diagnostic } from "./props";
import type { PackResource } from "./resource";

/** The policy whose config holds the tenant settings, and which reports resources it could not read. */
export const MODEL_POLICY = "tenant-model";
/** Waived findings are shown, as in `check`, but never block: under their own advisory policy. */
export const WAIVED_POLICY = "waived-finding";

export interface PackAnalysis {
    model: TenantModel;
    diagnostics: Diagnostic[];
    findings: Finding[];
}

export function analyzeResources(resources: readonly PackResource[], config: PackConfig = {}, ruleSet: readonly Rule[] = rules): PackAnalysis {
    const { model, diagnostics } = readResources(resources, config);
    return { model, diagnostics, findings: runRules(model, ruleSet) };
}

/**
 * A policy's enforcement level is fixed per policy, so a rule's is its default level; a rule that
 * is off by default but on in production is declared at its production level (it reports nothing
 * on other stacks, as in `check`).
 */
export function enforcementLevel(rule: Rule): EnforcementLevel {
    return levelToEnforcement(rule.meta.severity !== "off" ? rule.meta.severity : (rule.meta.production ?? "off"));
}

export function levelToEnforcement(level: Level): EnforcementLevel {
    return level === "error" ? "mandatory" : level === "off" ? "disabled" : "advisory";
}

/** The violation text: the topology path first, as `check` prints it, then the hint. */
export function violationMessage(finding: Finding): string {
    const text = `${finding.path}: ${finding.message}`;
    const hint = finding.hint === undefined ? text : `${text}\n${finding.hint}`;
    return finding.waived === undefined ? hint : `[${finding.rule}] ${hint} (waived: ${finding.waived.reason})`;
}
