// `topology diff`: what a change to the topology does to the tenant, as a PR comment or JSON.
import * as fs from "node:fs";
import * as path from "node:path";
import { Command, InvalidArgumentError, Option } from "commander";
import { changeGraph } from "../diff/change-graph";
import { RISKS, risksOf, type Risk } from "../diff/changeset";
import { diffModels } from "../diff/diff";
import { toJson } from "../diff/json";
import { toMarkdown } from "../diff/markdown";
import { toMermaid } from "../graph/mermaid";
import { readAtRef } from "./git-base";
import { addLoadFlags, type LoadFlags } from "./load-flags";
import { checkedModel, DEFAULT_FILE, reportingInputErrors } from "./model-input";
import { UsageError } from "../usage-error";

interface DiffOptions extends LoadFlags {
    base?: string;
    baseFile?: string;
    format: "markdown" | "json";
    failOn?: Risk[];
}

/** --fail-on takes each label by its first word (widens, breaks) or in full (widens-access). */
export function parseFailOn(list: string): Risk[] {
    return list.split(",").map((word) => {
        const risk = RISKS.find((r) => r === word.trim() || r.split("-")[0] === word.trim());
        if (risk === undefined) throw new InvalidArgumentError(`'${word}' is not a label; use a comma-separated list of ${RISKS.map((r) => r.split("-")[0]).join(", ")}`);
        return risk;
    });
}

const EXAMPLES = `
Examples:
  $ topology diff --base origin/main             ./topology.yaml against its version on main, markdown for a PR comment
  $ topology diff --base-file old.yaml new.yaml  two files
  $ topology diff --base HEAD~1 --stack prod --format json > diff.json
  $ topology diff --base origin/main --fail-on replaces,deletes    gate CI on those labels

Exit codes: 0 printed (and no change carries a --fail-on label), 1 a version does not load (its findings on
stderr) or a change carries a --fail-on label, 2 usage error.`;

/** A topology with nothing in it: the base of a repository's first topology file. */
const EMPTY_TOPOLOGY = "version: 1\n";

function baseText(file: string, options: DiffOptions): string {
    if ((options.base === undefined) === (options.baseFile === undefined)) throw new UsageError("pass exactly one of --base GITREF or --base-file FILE");
    if (options.baseFile !== undefined) {
        if (!fs.existsSync(options.baseFile)) throw new UsageError(`--base-file ${options.baseFile} does not exist`);
        return fs.readFileSync(options.baseFile, "utf8");
    }
    return readAtRef(file, options.base as string) ?? EMPTY_TOPOLOGY;
}

export function register(program: Command): void {
    const command = program
        .command("diff")
        .description("Show what a change to the topology does: added, removed and changed APIs, scopes, apps, grants and roles, labelled replaces / widens access / breaks callers / deletes.")
        .argument("[file]", "the topology file (the new version)", DEFAULT_FILE)
        .option("--base <gitref>", "compare with the file at this git ref, for example origin/main")
        .option("--base-file <file>", "compare with this file instead of a git ref")
        .addOption(new Option("--fail-on <labels>", "exit 1 when a change is labelled with one of these: replaces,deletes,widens,breaks").argParser(parseFailOn));
    addLoadFlags(command)
        .addOption(new Option("--format <format>", "output format").choices(["markdown", "json"]).default("markdown"))
        .addHelpText("after", EXAMPLES)
        .action((file: string, options: DiffOptions) =>
            reportingInputErrors(() => {
                if (!fs.existsSync(file)) throw new UsageError(`${file} does not exist`);
                const text = baseText(file, options);
                // Both versions are read with the same stack settings, which live beside the new file.
                const settings = { stack: options.stack, environment: options.environment, vars: options.var, projectDir: path.dirname(path.resolve(file)) };
                const base = checkedModel({ file: options.baseFile ?? file, text, ...settings }, `the base version (${options.base ?? options.baseFile})`);
                const head = checkedModel({ file, ...settings }, file);
                const changeSet = diffModels({ base: base.model, head: head.model, baseFindings: base.findings, headFindings: head.findings });
                const graph = changeGraph(base.model, head.model, changeSet.changes);
                const output =
                    options.format === "json"
                        ? toJson(changeSet, graph)
                        : toMarkdown(changeSet, { file, ...(graph.edges.length + graph.nodes.length > 0 ? { mermaid: toMermaid(graph) } : {}) });
                process.stdout.write(output);
                const counts = risksOf(changeSet);
                if ((options.failOn ?? []).some((risk) => counts[risk] > 0)) process.exitCode = 1;
            }),
        );
}
