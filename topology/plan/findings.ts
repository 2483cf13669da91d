// One finding list for CI formats (SARIF, GitHub annotations) out of a plan: the checker's findings,
// which carry file positions, plus the policy violations the checker did not also find (on
// resources the topology does not describe), which carry a URN, and the inputs the provider would
// refuse (on the resource's URN).
import type { Finding, Severity } from "../../policies/src/rule";
import { groupBy } from "../../policies/src/rules/group-by";
import type { EnforcementLevel, PolicyViolation } from "../analyzer";
import type { PlanResult } from "./run";

const SEVERITY: Record<EnforcementLevel, Severity | undefined> = { mandatory: "error", advisory: "warning", remediate: "warning", disabled: undefined };

/** The pack words a finding as "<path>: <message>" under a policy named by the rule id. */
function alsoFoundByChecker(violation: PolicyViolation, byRule: ReadonlyMap<string, readonly Finding[]>): boolean {
    return (byRule.get(violation.policy) ?? []).some((f) => violation.message.startsWith(`${f.path}: `));
}

/** The finding id of an input the provider would refuse (see contract.ts); not a rule of the catalog. */
export const PROVIDER_CONTRACT_ID = "provider-contract";

export function planFindings(result: Pick<PlanResult, "findings" | "policy" | "contract">): Finding[] {
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
    const refused = (result.contract?.violations ?? []).map((v): Finding => ({
        rule: PROVIDER_CONTRACT_ID,
        severity: "error",
        message: `${v.path}: ${v.message} (${result.contract!.against} would refuse it)`,
        path: "",
        urn: v.urn,
    }));
    return [...result.findings, ...packOnly, ...refused];
}
