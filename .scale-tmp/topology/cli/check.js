"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.register = register;
// `topology check [FILE]`: load the topology and run every rule; exit 1 when an error remains.
const commander_1 = require("commander");
const run_1 = require("../../policies/src/run");
const check_1 = require("../check");
const report_1 = require("../report");
const load_flags_1 = require("./load-flags");
const model_input_1 = require("./model-input");
const EXAMPLES = `
Examples:
  $ topology check                              check ./topology.yaml, development rules
  $ topology check --stack prod                 use Pulumi.prod.yaml: its domain, environment and variables
  $ topology check --stack dev --var appOrigin=http://localhost:5173
  $ topology check examples/hospital-imaging.yaml --environment production --format json

Exit codes: 0 no error, 1 the topology has errors (syntax and schema included), 2 usage error.`;
function register(program) {
    const command = program
        .command("check")
        .description("Check a topology file: YAML syntax, schema, ${name} variables and every rule of the catalog.")
        .argument("[file]", "the topology file", model_input_1.DEFAULT_FILE);
    (0, load_flags_1.addLoadFlags)(command)
        .addOption(new commander_1.Option("--format <format>", "output format").choices(Object.keys(report_1.formats)).default("text"))
        .addHelpText("after", EXAMPLES)
        .action((file, flags) => {
        const { findings } = (0, check_1.checkTopology)({ file, stack: flags.stack, environment: flags.environment, vars: flags.var });
        const summary = (0, run_1.summarize)(findings);
        const color = process.stdout.isTTY === true && process.env.NO_COLOR === undefined;
        process.stdout.write(report_1.formats[flags.format]({ findings, summary }, { color }));
        if (summary.errors > 0)
            process.exitCode = 1;
    });
}
//# sourceMappingURL=check.js.map