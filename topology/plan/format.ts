// How `topology plan` prints its result: a preview-like tree of the resources to create with their
// inputs, the Management API calls they cost, the checker's findings and the policy pack's violations.
import { groupBy } from "../../policies/src/rules/group-by";
import { summarize } from "../../policies/src/run";
import type { PolicyViolation } from "../analyzer";
import type { RegisteredResource } from "../build/mock-run";
import { formats } from "../report";
import { formatFindings, summaryLine } from "../report/text";
import { planFindings } from "./findings";
import { displayInputs, inputLines } from "./inputs";
import type { ContractCheck } from "./contract";
import type { PlanResult } from "./run";

/** Auth0's Management API rate limits, requests per second (lowest and highest tier). */
const RATE_LIMITS = { low: 2, high: 16 } as const;

export interface PlanSummary {
    errors: number;
    warnings: number;
    infos: number;
    mandatory: number;
    advisory: number;
    /** Inputs the provider would refuse. */
    contract: number;
}

export function planSummary(result: Pick<PlanResult, "findings" | "policy" | "contract">): PlanSummary {
    return {
        ...summarize(result.findings),
        mandatory: result.policy.filter((v) => v.level === "mandatory").length,
        advisory: result.policy.filter((v) => v.level === "advisory").length,
        contract: result.contract?.violations.length ?? 0,
    };
}

export function planFails(summary: PlanSummary): boolean {
    return summary.errors > 0 || summary.mandatory > 0 || summary.contract > 0;
}

/** Each created Auth0 object is one Management API create call; components and the stack are not. */
function apiCalls(resources: readonly RegisteredResource[]): number {
    return resources.filter((r) => r.custom && !r.type.startsWith("pulumi:")).length;
}

function tree(resources: readonly RegisteredResource[]): string[] {
    const children = groupBy(resources, (r) => r.parent);
    const known = new Set(resources.map((r) => r.urn));
    const roots = resources.filter((r) => r.parent === undefined || !known.has(r.parent));
    const lines: string[] = [];
    const walk = (r: RegisteredResource, depth: number) => {
        lines.push(` +  ${"   ".repeat(depth)}${r.type}  ${r.name}`);
        if (r.custom) lines.push(...inputLines(displayInputs(r.inputs), `     ${"   ".repeat(depth)}    `));
        for (const child of children.get(r.urn) ?? []) walk(child, depth + 1);
    };
    roots.forEach((r) => walk(r, 0));
    return lines;
}

function contractLines(contract: ContractCheck, resources: readonly RegisteredResource[]): string[] {
    // As the resource tree names it: type and name.
    const byUrn = new Map(resources.map((r) => [r.urn, r]));
    const named = (urn: string) => (byUrn.has(urn) ? `${byUrn.get(urn)!.type}  ${byUrn.get(urn)!.name}` : urn);
    const lines = contract.violations.map((v) => `  error  ${named(v.urn)}  ${v.path}: ${v.message}`);
    if (lines.length === 0 && contract.notes.length === 0) lines.push("  every input is one the provider lets a program set, within its validations");
    return [...lines, ...contract.notes.map((note) => `  ${note}`)];
}

function violationLines(policy: readonly PolicyViolation[]): string[] {
    return policy.map((v) => `  ${v.level.padEnd(9)} ${v.policy}${v.urn === undefined ? "" : `  ${v.urn}`}\n      ${v.message.replace(/\n/g, "\n      ")}`);
}

export function formatPlanText(result: PlanResult): string {
    const summary = planSummary(result);
    const out: string[] = [];
    if (result.resources.length === 0) {
        out.push("The checker found errors: the program would not run, nothing to create.");
    } else {
        const calls = apiCalls(result.resources);
        out.push(`Resources to create (${result.resources.length}):`, ...tree(result.resources), "");
        out.push(
            `Management API calls: about ${calls} (one create per Auth0 object); at Auth0's ${RATE_LIMITS.low}-${RATE_LIMITS.high} requests/s ` +
                `that is ${Math.ceil(calls / RATE_LIMITS.high)}-${Math.ceil(calls / RATE_LIMITS.low)} s of rate limit.`,
        );
    }
    const checker = !result.checked ? "  not run: a program has no topology file; the policy pack checked its resources" : result.findings.length === 0 ? "  none" : formatFindings(result.findings);
    out.push("", "Checker findings:", checker);
    if (result.contract !== undefined) out.push("", `Provider contract, ${result.contract.against}:`, ...contractLines(result.contract, result.resources));
    out.push("", "Policy pack:", ...(result.policy.length === 0 ? ["  no violations"] : violationLines(result.policy)));
    out.push(
        "",
        `${summaryLine(summary, result.findings.filter((f) => f.waived !== undefined).length)}; ` +
            `${summary.mandatory} mandatory and ${summary.advisory} advisory policy violations` +
            (summary.contract === 0 ? "" : `; ${summary.contract} inputs the provider would refuse`),
    );
    return `${out.join("\n")}\n`;
}

export function formatPlanJson(result: PlanResult): string {
    return `${JSON.stringify(
        {
            resources: result.resources.map((r) => ({
                urn: r.urn,
                type: r.type,
                name: r.name,
                ...(r.parent === undefined ? {} : { parent: r.parent }),
                inputs: displayInputs(r.inputs),
            })),
            checked: result.checked,
            findings: result.findings,
            ...(result.contract === undefined ? {} : { contract: result.contract }),
            policy: result.policy.map(({ policy, level, urn, message }) => ({ policy, level, ...(urn === undefined ? {} : { urn }), message })),
            summary: planSummary(result),
        },
        null,
        2,
    )}\n`;
}

/** text and json are the plan's own (under the same names as check's); CI formats list the findings of checker and pack together. */
export function renderPlan(result: PlanResult, format: string): string {
    if (format === "text") return formatPlanText(result);
    if (format === "json") return formatPlanJson(result);
    const findings = planFindings(result);
    return formats[format]!({ findings, summary: summarize(findings) }, { color: false });
}
