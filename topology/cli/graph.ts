// `topology graph`: who calls what, as Mermaid or Graphviz DOT; the whole tenant or the
// neighbourhood of some apps and APIs.
import * as fs from "node:fs";
import { Command, InvalidArgumentError, Option } from "commander";
import { toDot } from "../graph/dot";
import { chosenNodes, neighbourhood, type Selection } from "../graph/focus";
import { graphOf, type Graph } from "../graph/graph";
import { toMermaid } from "../graph/mermaid";
import { addLoadFlags, type LoadFlags } from "./load-flags";
import { checkedModel, DEFAULT_FILE, reportingInputErrors } from "./model-input";
import { UsageError } from "../usage-error";

interface GraphOptions extends LoadFlags {
    format: "mermaid" | "dot";
    focus: string[];
    app: string[];
    api: string[];
    depth?: number;
    legend: boolean;
}

/** Past this many arrows, scope labels cover the arrows they name: left out (a focused graph has them). */
export const SCOPE_LABEL_LIMIT = 60;

const collect = (value: string, list: string[]) => [...list, value];

function depthOf(value: string): number {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`expected a whole number of at least 1, not '${value}'`);
    return n;
}

function selected(graph: Graph, options: GraphOptions, file: string): Graph {
    const selection: Selection = { focus: options.focus, apps: options.app, apis: options.api, depth: options.depth ?? 1 };
    if (selection.focus.length + selection.apps.length + selection.apis.length === 0) {
        if (options.depth !== undefined) throw new UsageError("--depth sets how far from --focus, --app or --api keys the graph reaches: pass one of them");
        return graph;
    }
    const { ids, unknown } = chosenNodes(graph, selection);
    if (unknown.length > 0) {
        const keys = (kind: string) => graph.nodes.filter((n) => n.kind === kind).map((n) => n.key).join(", ");
        throw new UsageError(`${unknown.map((k) => `'${k}'`).join(", ")}: not in ${file}. apps: ${keys("app")}; APIs: ${keys("api")}; roles: ${keys("role")}`);
    }
    return neighbourhood(graph, ids, selection.depth);
}

const EXAMPLES = `
Examples:
  $ topology graph > topology.mmd                Mermaid (GitHub renders it in markdown)
  $ topology graph --api orders                  orders, who calls it and what it calls
  $ topology graph --app storefront --depth 2    storefront, its APIs, and everything else calling those
  $ topology graph --focus merchandiser          a role (or app or API: any key) and its neighbours
  $ topology graph --format dot | dot -Tsvg > topology.svg

Arrows: solid, an app for a signed-in user; dashed, a machine client or an API's backend as itself;
thick purple, what a role's users are permitted. Third-party apps are yellow; the --focus, --app
and --api nodes are outlined in thick blue. Past ${SCOPE_LABEL_LIMIT} arrows the scopes are left out of the
whole graph (a --focus graph has them).

Exit codes: 0 printed, 1 the topology does not load (its findings on stderr), 2 usage error (a key not in the file).`;

export function register(program: Command): void {
    const command = program
        .command("graph")
        .description("Draw apps -> APIs (solid: on behalf of users, dashed: machine access, labelled with scopes), APIs -> APIs they call, roles -> APIs.")
        .argument("[file]", "the topology file", DEFAULT_FILE)
        .option("--focus <key>", "only this app, API or role and its neighbours (repeatable)", collect, [])
        .option("--app <key>", "only this app and its neighbours (repeatable)", collect, [])
        .option("--api <key>", "only this API and its neighbours (repeatable)", collect, [])
        .option("--depth <n>", "with --focus/--app/--api: how many arrows away the graph reaches (default 1)", depthOf)
        .option("--no-legend", "leave the legend out (mermaid)");
    addLoadFlags(command)
        .addOption(new Option("--format <format>", "output format").choices(["mermaid", "dot"]).default("mermaid"))
        .addHelpText("after", EXAMPLES)
        .action((file: string, options: GraphOptions) =>
            reportingInputErrors(() => {
                if (!fs.existsSync(file)) throw new UsageError(`${file} does not exist`);
                const { model, mask } = checkedModel({ file, stack: options.stack, environment: options.environment, vars: options.var }, file);
                const graph = selected(mask.data(graphOf(model)), options, file);
                const scopeLabels = graph.edges.length <= SCOPE_LABEL_LIMIT;
                process.stdout.write(mask.text(options.format === "dot" ? toDot(graph) : toMermaid(graph, { legend: options.legend, scopeLabels })));
            }),
        );
}
