// `topology graph`: who calls what, as Mermaid or Graphviz DOT.
import * as fs from "node:fs";
import { Command, Option } from "commander";
import { toDot } from "../graph/dot";
import { graphOf } from "../graph/graph";
import { toMermaid } from "../graph/mermaid";
import { addLoadFlags, type LoadFlags } from "./load-flags";
import { checkedModel, DEFAULT_FILE, reportingInputErrors } from "./model-input";
import { UsageError } from "../usage-error";

const EXAMPLES = `
Examples:
  $ topology graph > topology.mmd                Mermaid (GitHub renders it in markdown)
  $ topology graph --format dot | dot -Tsvg > topology.svg
  $ topology graph --stack prod examples/hospital-imaging.yaml

Exit codes: 0 printed, 1 the topology does not load (its findings on stderr), 2 usage error.`;

export function register(program: Command): void {
    const command = program
        .command("graph")
        .description("Draw apps -> APIs (solid: on behalf of users, dashed: machine access, labelled with scopes), APIs -> APIs they call, roles -> APIs.")
        .argument("[file]", "the topology file", DEFAULT_FILE);
    addLoadFlags(command)
        .addOption(new Option("--format <format>", "output format").choices(["mermaid", "dot"]).default("mermaid"))
        .addHelpText("after", EXAMPLES)
        .action((file: string, options: LoadFlags & { format: "mermaid" | "dot" }) =>
            reportingInputErrors(() => {
                if (!fs.existsSync(file)) throw new UsageError(`${file} does not exist`);
                const { model, mask } = checkedModel({ file, stack: options.stack, environment: options.environment, vars: options.var }, file);
                const graph = mask.data(graphOf(model));
                process.stdout.write(mask.text(options.format === "dot" ? toDot(graph) : toMermaid(graph)));
            }),
        );
}
