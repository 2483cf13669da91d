// `topology plan [FILE]`: an offline `pulumi preview --policy-pack policies` (see topology/plan/run.ts).
import * as fs from "node:fs";
import { Option, type Command } from "commander";
import { formats } from "../report";
import { addLoadFlags, type LoadFlags } from "./load-flags";
import { DEFAULT_FILE } from "./model-input";
import { DEFAULT_STACK } from "../stack";

/** --program's stack: --stack, else dev when DIR has Pulumi.dev.yaml, else DIR's only stack file, else none. */
function programStack(dir: string, flag: string | undefined): string | undefined {
    if (flag !== undefined) return flag;
    const stacks = fs.existsSync(dir) ? fs.readdirSync(dir).flatMap((f) => /^Pulumi\.(.+)\.yaml$/.exec(f)?.[1] ?? []) : [];
    return stacks.includes(DEFAULT_STACK) ? DEFAULT_STACK : stacks.length === 1 ? stacks[0] : undefined;
}

interface PlanFlags extends LoadFlags {
    format: string;
    program?: string;
}

const EXAMPLES = `
Examples:
  $ topology plan                               ./topology.yaml with Pulumi.dev.yaml when it is there
  $ topology plan --stack prod --format json
  $ topology plan --format sarif > plan.sarif   checker findings and policy violations for code scanning
  $ topology plan --program ../billing-infra --stack prod
                                                any Pulumi TypeScript/JavaScript program creating Auth0 resources:
                                                run under preview mocks with its Pulumi.prod.yaml, checked by the pack

--program DIR: the directory of a Pulumi Node.js project (Pulumi.yaml). Its stack is --stack, else
dev when DIR has Pulumi.dev.yaml, else its only Pulumi.<stack>.yaml. Mocks cannot answer provider
functions (auth0.getClient...) or read stack references; stub them in the stack file:
  config:
    auth0-topology:calls: { "auth0:index/getClient:getClient": { clientId: abc, name: Web } }
    auth0-topology:stackReferences: { "acme/shared/prod": { apiAudience: "https://api.acme.example" } }

Exit codes: 0 nothing blocks a deployment, 1 an error finding, an input the provider would refuse or a mandatory policy violation, 2 usage error.`;

export function register(program: Command): void {
    const command = program
        .command("plan")
        .description("Offline preview: check the topology, run the Pulumi program under preview mocks, check its inputs against the provider's contract, and run the policy pack over gRPC.")
        .argument("[file]", "the topology file", DEFAULT_FILE);
    // Before addLoadFlags' hook chooses a stack for the topology file: --program chooses its own.
    let explicitStack: string | undefined;
    command.hook("preAction", (self) => {
        explicitStack = self.getOptionValueSource("stack") === "cli" ? (self.getOptionValue("stack") as string) : undefined;
    });
    addLoadFlags(command)
        .addOption(new Option("--format <format>", "output format").choices(Object.keys(formats)).default("text"))
        .option("--program <dir>", "preview this Pulumi program (TypeScript or JavaScript) instead of the topology file")
        .addHelpText("after", EXAMPLES)
        .action(async (file: string, flags: PlanFlags) => {
            // Loaded when plan runs: the Pulumi SDK, the provider and gRPC cost the other commands ~1 s of start-up.
            const [{ runPlan }, { planFails, planSummary, renderPlan }] = await Promise.all([import("../plan/run"), import("../plan/format")]);
            const progress = (line: string) => process.stderr.write(`topology plan: ${line}\n`);
            const result =
                flags.program === undefined
                    ? await runPlan({ file, stack: flags.stack, environment: flags.environment, vars: flags.var, progress })
                    : await (await import("../plan/program")).runProgramPlan({
                          dir: flags.program,
                          stack: programStack(flags.program, explicitStack),
                          progress,
                      });
            process.stdout.write(result.mask.text(renderPlan(result, flags.format)));
            if (planFails(planSummary(result))) process.exitCode = 1;
        });
}
