// `topology plan [FILE]`: an offline `pulumi preview --policy-pack policies` (see topology/plan/run.ts).
import * as fs from "node:fs";
import { InvalidArgumentError, Option, type Command } from "commander";
import { ENVIRONMENTS, type Environment } from "../../policies/src/model";
import { formatPlanJson, formatPlanText, planFails, planSummary } from "../plan/format";
import { runPlan } from "../plan/run";
import { UsageError } from "./usage-error";

interface PlanFlags {
    stack: string;
    environment?: Environment;
    var: Record<string, string>;
    format: "text" | "json";
}

function collectVar(entry: string, vars: Record<string, string>): Record<string, string> {
    const eq = entry.indexOf("=");
    if (eq <= 0) throw new InvalidArgumentError(`write it as name=value, not ${entry}`);
    return { ...vars, [entry.slice(0, eq)]: entry.slice(eq + 1) };
}

export function register(program: Command): void {
    program
        .command("plan")
        .description("Offline preview: check the topology, run the Pulumi program under preview mocks and the policy pack over gRPC.")
        .argument("[file]", "the topology file", "topology.yaml")
        .option("--stack <name>", "the stack whose Pulumi.<stack>.yaml supplies domain, environment and variables", "dev")
        .addOption(new Option("--environment <environment>", "override the stack's environment").choices(ENVIRONMENTS))
        .option("--var <name=value>", "set a ${name} variable (repeatable)", collectVar, {})
        .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
        .action(async (file: string, flags: PlanFlags) => {
            if (!fs.existsSync(file)) throw new UsageError(`${file}: no such file (give the topology file as argument)`);
            const result = await runPlan({
                file,
                stack: flags.stack,
                environment: flags.environment,
                vars: flags.var,
                progress: (line) => process.stderr.write(`topology plan: ${line}\n`),
            });
            process.stdout.write(flags.format === "json" ? formatPlanJson(result) : formatPlanText(result));
            if (planFails(planSummary(result.findings, result.policy))) process.exitCode = 1;
        });
}
