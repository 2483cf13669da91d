// What the pack reports for one stack: per tenant, the model rebuilt from its resources, what could
// not be read, the environment it was checked as, and the findings of every rule, computed once
// per AnalyzeStack by the tenant-model policy.
import type { EnforcementLevel } from "@pulumi/policy";
import type { Finding, Level, Rule } from "../rule";
import { rules } from "../rules";
import { runRules } from "../run";
import type { TenantModel } from "../model";
import type { EnvironmentChoice, StackContext } from "./environment";
import { readResources, type PackConfig } from "./from-resources";
import type { Diagnostic } from "./props";
import type { PackResource } from "./resource";
import { splitByTenant, stackOfUrn } from "./tenants";

/** The policy whose config holds the tenant settings, and which reports resources it could not read. */
export const MODEL_POLICY = "tenant-model";
/** Waived findings are shown, as in `check`, but never block: under their own advisory policy. */
export const WAIVED_POLICY = "waived-finding";

export interface TenantAnalysis {
    /** The tenant's domain, else its provider's name. */
    label: string;
    providerUrn?: string;
    model: TenantModel;
    environment: EnvironmentChoice;
    diagnostics: Diagnostic[];
    findings: Finding[];
}

export interface PackAnalysis {
    tenants: TenantAnalysis[];
    /** Every tenant's, in tenant order. */
    diagnostics: Diagnostic[];
    findings: Finding[];
}

export function analyzeResources(
    resources: readonly PackResource[],
    config: PackConfig = {},
    ruleSet: readonly Rule[] = rules,
    stack: StackContext = { config: {} },
): PackAnalysis {
    const named = stack.stack ?? (resources.length === 0 ? undefined : stackOfUrn(resources[0]!.urn));
    const context: StackContext = named === undefined ? stack : { ...stack, stack: named };
    const split = splitByTenant(resources);
    const tenants = split.map((tenant): TenantAnalysis => {
        // The configured domain names a single-tenant stack's tenant, or the default provider's of several.
        const { domain: _domain, ...rest } = config;
        const tenantConfig = split.length > 1 && tenant.domain !== undefined ? rest : config;
        const read = readResources(tenant.resources, tenantConfig, { stack: context, names: tenant.names, ...(tenant.domain === undefined ? {} : { domain: tenant.domain }) });
        const analysis: TenantAnalysis = { label: tenant.label, ...read, findings: runRules(read.model, ruleSet) };
        if (tenant.providerUrn !== undefined) analysis.providerUrn = tenant.providerUrn;
        return analysis;
    });
    return { tenants, diagnostics: tenants.flatMap((t) => t.diagnostics), findings: tenants.flatMap((t) => t.findings) };
}

/** The line that says which environment a tenant was checked as, and why. */
export function environmentNote(tenant: TenantAnalysis): string {
    const { environment, reason } = tenant.environment;
    return `tenant ${tenant.label}: checked as ${environment} (from ${reason}); set "environment" in the ${MODEL_POLICY} policy's config to choose`;
}

/** Matches environmentNote's lines, which every analysis has (one per tenant). */
export const ENVIRONMENT_NOTE = /^tenant .+: checked as (production|development) \(from /;

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
export function violationMessage(finding: Finding, tenant?: string): string {
    const where = tenant === undefined ? finding.path : `tenant ${tenant}: ${finding.path}`;
    const text = `${where}: ${finding.message}`;
    const hint = finding.hint === undefined ? text : `${text}\n${finding.hint}`;
    return finding.waived === undefined ? hint : `[${finding.rule}] ${hint} (waived: ${finding.waived.reason})`;
}
