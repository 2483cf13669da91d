// One finding list for CI formats (SARIF, GitHub annotations) out of a plan: the checker's findings,
// which carry file positions, plus the policy violations the checker did not also find (on
// resources the topology does not describe), which carry a URN.
import type { Finding, Severity } from "../../policies/src/rule";
import { groupBy } from "../../policies/src/rules/group-by";
import type { EnforcementLevel, PolicyViolation } from "../analyzer";
import type { PlanResult } from "./run";

const SEVERITY: Record<EnforcementLevel, Severity | undefined> = { mandatory: "error", advisory: "warning", remediate: "warning", disabled: undefined };

/** The pack words a finding as "<path>: <message>" under a policy named by the rule id. */
function alsoFoundByChecker(violation: PolicyViolation, byRule: ReadonlyMap<string, readonly Finding[]>): boolean {
    return (byRule.get(violation.policy) ?? []).some((f) => violation.message.startsWith(`${f.path}: `));
}

export function planFindings(result: Pick<PlanResult, "findings" | "policy">): Finding[] {
    const byRule = groupBy(result.findings, (f) => f.rule);
    const packOnly = result.policy.flatMap((v): Finding[] => {
        const severity = SEVERITY[v.level];
        if (severity === undefined || alsoFoundByChecker(v, byRule)) return [];
        const [first, ...rest] = v.message.split("\n");
        const finding: Finding = { rule: v.policy, severity, message: first ?? "", path: "" };
        if (rest.length > 0) finding.hint = rest.join(" ");
        if (v.urn !== undefined) finding.urn = v.urn;
        return [finding];
    });
    return [...result.findings, ...packOnly];
}
