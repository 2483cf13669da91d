// `topology plan [FILE]`: an offline `pulumi preview --policy-pack policies` (see topology/plan/run.ts).
import { Option, type Command } from "commander";
import { formats } from "../report";
import { addLoadFlags, type LoadFlags } from "./load-flags";
import { DEFAULT_FILE } from "./model-input";

interface PlanFlags extends LoadFlags {
    format: string;
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
            const [{ runPlan }, { planFails, planSummary, renderPlan }] = await Promise.all([import("../plan/run"), import("../plan/format")]);
            const result = await runPlan({
                file,
                stack: flags.stack,
                environment: flags.environment,
                vars: flags.var,
                progress: (line) => process.stderr.write(`topology plan: ${line}\n`),
            });
            process.stdout.write(result.mask.text(renderPlan(result, flags.format)));
            if (planFails(planSummary(result.findings, result.policy))) process.exitCode = 1;
        });
}
