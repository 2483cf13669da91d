"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// The "auth0-topology" policy pack: every rule of the catalog as one stack policy named by its id,
// so `--policy-pack-config` sets any rule's enforcement. All policies share one analysis of the
// stack (model + findings), built by whichever policy runs first in an AnalyzeStack call.
const policy_1 = require("@pulumi/policy");
const model_1 = require("./src/model");
const analysis_1 = require("./src/pack/analysis");
const policy_resource_1 = require("./src/pack/policy-resource");
const rules_1 = require("./src/rules");
const settingsSchema = {
    properties: {
        environment: { type: "string", enum: [...model_1.ENVIRONMENTS], description: "production makes rules stricter." },
        plan: { type: "string", enum: [...model_1.PLANS], description: "The tenant's plan, for entity limits." },
        maxAudiences: { type: "integer", minimum: 1, description: "audience-sprawl: APIs one app may call for users." },
        domain: { type: "string", description: "The tenant domain: https://<domain>/api/v2/ is the Management API." },
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
/**
 * The analysis of the AnalyzeStack call in progress. The policy SDK runs all stack policies of one
 * call without returning to the event loop in between, so the cached analysis is dropped on the
 * next turn of the loop; the URN list guards against reuse for another stack.
 */
let current;
function analysisOf(args, config = {}) {
    const key = args.resources.map((r) => r.urn).join("\n");
    if (current?.key !== key) {
        current = { key, analysis: (0, analysis_1.analyzeResources)(args.resources.map(policy_resource_1.fromPolicyResource), config) };
        setImmediate(() => (current = undefined));
    }
    return current.analysis;
}
/**
 * A finding whose level differs from its rule's default (a per-case severity, a production
 * escalation) is reported at its own level, as `check` counts it, through the object form of
 * reportViolation that @pulumi/policy 1.21 implements but does not type yet. Findings at the
 * default level use the typed form, so a `--policy-pack-config` level for the rule applies to them.
 */
function reportAt(reportViolation, message, urn, level) {
    const withLevel = reportViolation;
    withLevel(urn === undefined ? { message, enforcementLevel: level } : { message, urn, enforcementLevel: level });
}
function rulePolicy(rule) {
    const declared = (0, analysis_1.enforcementLevel)(rule);
    return {
        name: rule.meta.id,
        description: rule.meta.description,
        enforcementLevel: declared,
        validateStack: (args, reportViolation) => {
            for (const finding of analysisOf(args).findings) {
                if (finding.rule !== rule.meta.id || finding.waived !== undefined)
                    continue;
                const level = (0, analysis_1.levelToEnforcement)(finding.severity);
                if (level === declared)
                    reportViolation((0, analysis_1.violationMessage)(finding), finding.urn);
                else
                    reportAt(reportViolation, `${rule.meta.description}\n${(0, analysis_1.violationMessage)(finding)}`, finding.urn, level);
            }
        },
    };
}
const modelPolicy = {
    name: analysis_1.MODEL_POLICY,
    description: "The stack's Auth0 resources can be read into a tenant model (settings: environment, plan, maxAudiences, domain, externalApis).",
    enforcementLevel: "advisory",
    configSchema: settingsSchema,
    validateStack: (args, reportViolation) => {
        for (const d of analysisOf(args, args.getConfig()).diagnostics)
            reportViolation(d.message, d.urn);
    },
};
const waivedPolicy = {
    name: analysis_1.WAIVED_POLICY,
    description: "A finding the topology accepts with a waiver and its reason.",
    enforcementLevel: "advisory",
    validateStack: (args, reportViolation) => {
        for (const finding of analysisOf(args).findings) {
            if (finding.waived !== undefined)
                reportViolation((0, analysis_1.violationMessage)(finding), finding.urn);
        }
    },
};
// The model policy comes first: it is the one that passes the pack's settings to the shared analysis.
new policy_1.PolicyPack("auth0-topology", { policies: [modelPolicy, ...rules_1.rules.map(rulePolicy), waivedPolicy] });
//# sourceMappingURL=index.js.map