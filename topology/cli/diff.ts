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
import type { LoadOptions } from "../load";
import { stackFileName, stackSettingsFromText } from "../stack";
import { UsageError } from "../usage-error";
import { readAtRevision, verifyRevision } from "./git-base";
import { addLoadFlags, type LoadFlags } from "./load-flags";
import { checkedModel, DEFAULT_FILE, reportingInputErrors } from "./model-input";

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

/** A topology with nothing in it: the base of a repository's first topology file, or of a new stack. */
const EMPTY_TOPOLOGY = "version: 1\n";

/**
 * How to load the base version. At a git revision both the topology and the stack's settings file
 * are read as they were there, so a change to Pulumi.<stack>.yaml alone (a new appOrigin, another
 * domain) shows up with its effects. A --base-file is compared under the working tree's settings.
 */
function baseOptions(file: string, options: DiffOptions, settings: Omit<LoadOptions, "file">): LoadOptions {
    if ((options.base === undefined) === (options.baseFile === undefined)) throw new UsageError("pass exactly one of --base GITREF or --base-file FILE");
    if (options.baseFile !== undefined) return { file: options.baseFile, ...settings };
    const ref = options.base as string;
    const commit = verifyRevision(path.dirname(path.resolve(file)), ref);
    const text = readAtRevision(commit, ref, file) ?? EMPTY_TOPOLOGY;
    if (settings.stack === undefined) return { file, text, ...settings };
    const stackFile = stackFileName(settings.projectDir as string, settings.stack);
    const stackText = readAtRevision(commit, ref, stackFile);
    if (stackText === undefined) return { file, text: EMPTY_TOPOLOGY, ...settings, stack: undefined };
    return { file, text, ...settings, stack: undefined, stackSettings: stackSettingsFromText(settings.stack, stackText, `${stackFile} at ${JSON.stringify(ref)}`) };
}

export function register(program: Command): void {
    const command = program
        .command("diff")
        .description("Show what a change to the topology does: added, removed and changed APIs, scopes, apps, grants and roles, labelled refused / replaces / widens access / breaks callers / deletes.")
        .argument("[file]", "the topology file (the new version)", DEFAULT_FILE)
        .option("--base <gitref>", "compare with the file (and the stack's Pulumi.<stack>.yaml) at this git revision, for example origin/main")
        .option("--base-file <file>", "compare with this file instead of a git revision (under the working tree's stack settings)")
        .addOption(new Option("--fail-on <labels>", "exit 1 when a change is labelled with one of these: refused,replaces,deletes,widens,breaks").argParser(parseFailOn));
    addLoadFlags(command)
        .addOption(new Option("--format <format>", "output format").choices(["markdown", "json"]).default("markdown"))
        .addHelpText("after", EXAMPLES)
        .action((file: string, options: DiffOptions) =>
            reportingInputErrors(() => {
                if (!fs.existsSync(file)) throw new UsageError(`${file} does not exist`);
                const settings = { stack: options.stack, environment: options.environment, vars: options.var, projectDir: path.dirname(path.resolve(file)) };
                const base = checkedModel(baseOptions(file, options, settings), `the base version (${options.base ?? options.baseFile})`);
                const head = checkedModel({ file, ...settings }, file);
                const mask = base.mask.and(head.mask);
                const changeSet = mask.data(diffModels({ base: base.model, head: head.model, baseFindings: base.findings, headFindings: head.findings, baseStack: base.stack, headStack: head.stack }));
                const graph = changeGraph(base.model, head.model, changeSet.changes);
                const output =
                    options.format === "json"
                        ? toJson(changeSet, graph)
                        : toMarkdown(changeSet, { file, ...(graph.edges.length + graph.nodes.length > 0 ? { mermaid: toMermaid(graph) } : {}) });
                process.stdout.write(mask.text(output));
                const counts = risksOf(changeSet);
                if ((options.failOn ?? []).some((risk) => counts[risk] > 0)) process.exitCode = 1;
            }),
        );
}
