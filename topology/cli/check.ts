// `topology check [FILE]`: load the topology and run every rule; exit 1 when an error remains.
import { Option, type Command } from "commander";
import { summarize } from "../../policies/src/run";
import { checkTopology } from "../check";
import { formats } from "../report";
import { addLoadFlags, type LoadFlags } from "./load-flags";
import { DEFAULT_FILE } from "./model-input";

interface CheckFlags extends LoadFlags {
    format: string;
}

const EXAMPLES = `
Examples:
  $ topology check                              ./topology.yaml with Pulumi.dev.yaml when it is there
  $ topology check --stack prod                 use Pulumi.prod.yaml: its domain, environment and variables
  $ topology check --stack dev --var appOrigin=http://localhost:5173
  $ topology check examples/hospital-imaging.yaml --environment production --format json
  $ topology check --format sarif > check.sarif  for code scanning (github: workflow annotations)

Exit codes: 0 no error, 1 the topology has errors (syntax and schema included), 2 usage error.`;

export function register(program: Command): void {
    const command = program
        .command("check")
        .description("Check a topology file: YAML syntax, schema, ${name} variables and every rule of the catalog.")
        .argument("[file]", "the topology file", DEFAULT_FILE);
    addLoadFlags(command)
        .addOption(new Option("--format <format>", "output format").choices(Object.keys(formats)).default("text"))
        .addHelpText("after", EXAMPLES)
        .action((file: string, flags: CheckFlags) => {
            const { findings, mask } = checkTopology({ file, stack: flags.stack, environment: flags.environment, vars: flags.var });
            const summary = summarize(findings);
            const color = process.stdout.isTTY === true && process.env.NO_COLOR === undefined;
            process.stdout.write(mask.text(formats[flags.format]({ findings, summary }, { color })));
            if (summary.errors > 0) process.exitCode = 1;
        });
}
