"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.WAIVED_POLICY = exports.MODEL_POLICY = void 0;
exports.analyzeResources = analyzeResources;
exports.enforcementLevel = enforcementLevel;
exports.levelToEnforcement = levelToEnforcement;
exports.violationMessage = violationMessage;
const rules_1 = require("../rules");
const run_1 = require("../run");
const from_resources_1 = require("./from-resources");
/** The policy whose config holds the tenant settings, and which reports resources it could not read. */
exports.MODEL_POLICY = "tenant-model";
/** Waived findings are shown, as in `check`, but never block: under their own advisory policy. */
exports.WAIVED_POLICY = "waived-finding";
function analyzeResources(resources, config = {}, ruleSet = rules_1.rules) {
    const { model, diagnostics } = (0, from_resources_1.readResources)(resources, config);
    return { model, diagnostics, findings: (0, run_1.runRules)(model, ruleSet) };
}
/**
 * A policy's enforcement level is fixed per policy, so a rule's is its default level; a rule that
 * is off by default but on in production is declared at its production level (it reports nothing
 * on other stacks, as in `check`).
 */
function enforcementLevel(rule) {
    return levelToEnforcement(rule.meta.severity !== "off" ? rule.meta.severity : (rule.meta.production ?? "off"));
}
function levelToEnforcement(level) {
    return level === "error" ? "mandatory" : level === "off" ? "disabled" : "advisory";
}
/** The violation text: the topology path first, as `check` prints it, then the hint. */
function violationMessage(finding) {
    const text = `${finding.path}: ${finding.message}`;
    const hint = finding.hint === undefined ? text : `${text}\n${finding.hint}`;
    return finding.waived === undefined ? hint : `[${finding.rule}] ${hint} (waived: ${finding.waived.reason})`;
}
//# sourceMappingURL=analysis.js.map