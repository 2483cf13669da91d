// The "auth0-topology" policy pack: every rule of the catalog as one policy named by its id, so
// `--policy-pack-config` sets any rule's enforcement. The stack is analysed once, by the
// tenant-model stack policy, which reports each finding under its rule's policy: the policy SDK
// re-reads every resource for each stack policy it runs, and one stack policy per rule made that
// re-reading, not the analysis, cost nearly all of an AnalyzeStack (bench/README.md).
import { PolicyPack, type EnforcementLevel, type PolicyConfigSchema, type ReportViolation, type ResourceValidationPolicy, type StackValidationPolicy } from "@pulumi/policy";
import { modelSecrets, SecretMask } from "./src/mask";
import { ENVIRONMENTS, PLANS, USER_ACCESS_POLICIES } from "./src/model";
import { analyzeResources, enforcementLevel, environmentNote, levelToEnforcement, MODEL_POLICY, violationMessage, WAIVED_POLICY } from "./src/pack/analysis";
import { installAnalyzerHooks } from "./src/pack/analyzer-hooks";
import { configuredLevel } from "./src/pack/configured-levels";
import { stackContext } from "./src/pack/stack-context";
import type { PackConfig } from "./src/pack/from-resources";
import { fromPolicyResource } from "./src/pack/policy-resource";
import type { Finding } from "./src/rule";
import { rules } from "./src/rules";

const settingsSchema: PolicyConfigSchema = {
    properties: {
        environment: { type: "string", enum: [...ENVIRONMENTS], description: "production makes rules stricter." },
        plan: { type: "string", enum: [...PLANS], description: "The tenant's plan, for entity limits." },
        maxAudiences: { type: "integer", minimum: 1, description: "audience-sprawl: APIs one app may call for users." },
        domain: { type: "string", description: "The tenant domain of the default provider: https://<domain>/api/v2/ is the Management API." },
        managementApi: {
            type: "object",
            description: "The tenant's Management API settings (Auth0's defaults: userAccess allow_all, skipConsentForFirstParty false).",
            properties: { userAccess: { type: "string", enum: [...USER_ACCESS_POLICIES] }, skipConsentForFirstParty: { type: "boolean" } },
        },
        ownsTenant: {
            type: "boolean",
            description: "true: the stack creates every API it grants access to (an undeclared audience is an error). Default: false, unless the stack is this project's.",
        },
        externalApis: {
            type: "array",
            description: "APIs the stack references but does not create.",
            items: {
                type: "object",
                required: ["key", "identifier"],
                properties: {
                    key: { type: "string" },
                    identifier: { type: "string" },
                    name: { type: "string" },
                    scopes: {
                        type: "array",
                        items: { type: "object", required: ["value"], properties: { value: { type: "string" }, description: { type: "string" } } },
                    },
                },
            },
        },
    },
};

// The SDK reads the pack's version the same way: from package.json in the pack's directory.
installAnalyzerHooks({ name: "auth0-topology", version: (require(`${process.cwd()}/package.json`) as { version: string }).version, policy: MODEL_POLICY });

/** A violation reported under another policy of the pack, at its own level: the object form of
 * reportViolation, which @pulumi/policy 1.21 implements but does not type yet. */
type ReportAs = (violation: { name: string; description: string; message: string; urn?: string; enforcementLevel: EnforcementLevel }) => void;

interface NamedPolicy {
    description: string;
    level: EnforcementLevel;
}

/** The policies findings are reported under, by name: each rule's, and the waived findings'. */
const reportingPolicies = new Map<string, NamedPolicy>([
    ...rules.map((r): [string, NamedPolicy] => [r.meta.id, { description: r.meta.description, level: enforcementLevel(r) }]),
    [WAIVED_POLICY, { description: "A finding the topology accepts with a waiver and its reason.", level: "advisory" }],
]);

/**
 * A level set for the policy in `--policy-pack-config` (one that differs from its default) applies
 * to all its findings; otherwise each finding keeps its own level (a per-case severity, a
 * production escalation), as `check` counts it. Stack policies cannot remediate: mandatory.
 */
function reportedLevel(finding: Finding, policy: string, declared: EnforcementLevel): EnforcementLevel {
    const configured = configuredLevel(policy);
    const level = configured !== undefined && configured !== declared ? configured : finding.waived ? declared : levelToEnforcement(finding.severity);
    return level === "remediate" ? "mandatory" : level;
}

function report(reportViolation: ReportViolation, finding: Finding, tenant: string | undefined, mask: SecretMask): void {
    const name = finding.waived === undefined ? finding.rule : WAIVED_POLICY;
    const policy = reportingPolicies.get(name);
    if (policy === undefined) return;
    const level = reportedLevel(finding, name, policy.level);
    if (level === "disabled") return;
    const message = mask.text(`${policy.description}\n${violationMessage(finding, tenant)}`);
    const violation = { name, description: policy.description, message, enforcementLevel: level };
    (reportViolation as unknown as ReportAs)(finding.urn === undefined ? violation : { ...violation, urn: finding.urn });
}

const modelPolicy: StackValidationPolicy = {
    name: MODEL_POLICY,
    description:
        "Reads the stack's Auth0 resources into a tenant model and runs every rule on it, reporting each finding under its rule's policy; " +
        "reports the resources it could not read (settings: environment, plan, maxAudiences, domain, managementApi, externalApis). Keep it enabled.",
    enforcementLevel: "advisory",
    configSchema: settingsSchema,
    validateStack: (args, reportViolation) => {
        const resources = args.resources.map(fromPolicyResource);
        const { tenants } = analyzeResources(resources, args.getConfig<PackConfig>(), undefined, stackContext());
        // Rules quote what they judge: Pulumi secrets and flagged credentials are masked in every message.
        const mask = new SecretMask([...resources.flatMap((r) => r.secrets ?? []), ...modelSecrets(...tenants.map((t) => t.model))]);
        // Several tenants in one stack: every line names its tenant.
        const several = tenants.length > 1;
        for (const tenant of tenants) {
            const label = several ? tenant.label : undefined;
            reportViolation(environmentNote(tenant), tenant.providerUrn);
            for (const d of tenant.diagnostics) reportViolation(mask.text(label === undefined ? d.message : `tenant ${label}: ${d.message}`), d.urn);
            for (const finding of tenant.findings) report(reportViolation, finding, label, mask);
        }
    },
};

/** A rule's own policy: its name and level are what `--policy-pack-config` addresses; its findings
 * come from the one analysis above, so it validates nothing by itself. */
function namedPolicy([name, { description, level }]: [string, NamedPolicy]): ResourceValidationPolicy {
    return { name, description, enforcementLevel: level, validateResource: () => undefined };
}

new PolicyPack("auth0-topology", { policies: [modelPolicy, ...[...reportingPolicies].map(namedPolicy)] });
