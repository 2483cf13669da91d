// `topology plan [FILE]`: an offline `pulumi preview --policy-pack policies` (see topology/plan/run.ts).
import { Option, type Command } from "commander";
import { summarize } from "../../policies/src/run";
import { formatPlanJson, formatPlanText, planFails, planSummary } from "../plan/format";
import { planFindings } from "../plan/findings";
import type { PlanResult } from "../plan/run";
import { formats } from "../report";
import { addLoadFlags, type LoadFlags } from "./load-flags";
import { DEFAULT_FILE } from "./model-input";

interface PlanFlags extends LoadFlags {
    format: string;
}

/** text and json are the plan's own (under the same names as check's); CI formats list the findings of checker and pack together. */
function render(result: PlanResult, format: string): string {
    if (format === "text") return formatPlanText(result);
    if (format === "json") return formatPlanJson(result);
    const findings = planFindings(result);
    return formats[format]({ findings, summary: summarize(findings) }, { color: false });
}

const EXAMPLES = `
Examples:
  $ topology plan                               ./topology.yaml with Pulumi.dev.yaml when it is there
  $ topology plan --stack prod --format json
  $ topology plan --format sarif > plan.sarif   checker findings and policy violations for code scanning

Exit codes: 0 nothing blocks a deployment, 1 an error finding or a mandatory policy violation, 2 usage error.`;

export function register(program: Command): void {
    const command = program
        .command("plan")
        .description("Offline preview: check the topology, run the Pulumi program under preview mocks and the policy pack over gRPC.")
        .argument("[file]", "the topology file", DEFAULT_FILE);
    addLoadFlags(command)
        .addOption(new Option("--format <format>", "output format").choices(Object.keys(formats)).default("text"))
        .addHelpText("after", EXAMPLES)
        .action(async (file: string, flags: PlanFlags) => {
            // Loaded when plan runs: the Pulumi SDK, the provider and gRPC cost the other commands ~1 s of start-up.
            const { runPlan } = await import("../plan/run");
            const result = await runPlan({
                file,
                stack: flags.stack,
                environment: flags.environment,
                vars: flags.var,
                progress: (line) => process.stderr.write(`topology plan: ${line}\n`),
            });
            process.stdout.write(render(result, flags.format));
            if (planFails(planSummary(result.findings, result.policy))) process.exitCode = 1;
        });
}
