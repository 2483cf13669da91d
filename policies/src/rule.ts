// The shape of a rule, modelled on ESLint rule modules: static `meta` and a pure `check` over the
// TenantModel. Both front ends (the checker and the policy pack) run the same modules.
import type { Source, TenantModel } from "./model";

export const SEVERITIES = ["error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];
/** "off": the rule does not run at that level (for example only in production). */
export type Level = Severity | "off";

export interface RuleMeta {
    /** Stable, kebab-case; a contract used in outputs, policy config and waivers. */
    id: string;
    /** Default level on development stacks. */
    severity: Level;
    /** Level on production stacks, when it differs. */
    production?: Level;
    /** One sentence: what the rule finds. */
    description: string;
    /** The public source behind the rule (Auth0 docs, an RFC). */
    docs: string;
    /** false for what Auth0 would reject at deploy time (references, syntax, limits): no waiver accepted. */
    waivable?: boolean;
}

/** What a rule says about one place of the model. */
export interface Report {
    /** The element at fault; its path, file position and URN end up in the finding. */
    source: Source;
    message: string;
    /** What to do about it. */
    hint?: string;
    /** A more precise topology path than source.path (for example one scope of a grant). */
    path?: string;
    /** Overrides the rule's level for this report (rules whose severity depends on the case). */
    severity?: Level;
}

export interface Rule {
    meta: RuleMeta;
    check(model: TenantModel): Report[];
}

export interface Finding {
    rule: string;
    severity: Severity;
    message: string;
    hint?: string;
    path: string;
    file?: string;
    line?: number;
    column?: number;
    urn?: string;
    /** Present when a waiver accepts this finding; the finding is still reported. */
    waived?: { reason: string };
    /** Present when this finding stands for several alike (itself included), not listed one by one. */
    count?: number;
}

/** The level on production stacks when it differs from the default, for catalogs. */
export function productionLevel(meta: RuleMeta): Level | undefined {
    return meta.production !== undefined && meta.production !== meta.severity ? meta.production : undefined;
}

export function defineRule(rule: Rule): Rule {
    return rule;
}
