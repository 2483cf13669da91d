// `topology drift SOURCE [FILE]`: the design against the tenant, labelled like `diff`.
import * as path from "node:path";
import { Option, type Command } from "commander";
import { stackFileName } from "../stack";
import { toJson } from "../diff/json";
import { toMarkdown } from "../diff/markdown";
import { driftOf, type Drift } from "../tenant/drift";
import { addLoadFlags, type LoadFlags } from "./load-flags";
import { checkedModel, DEFAULT_FILE, reportingInputErrors, type Checked } from "./model-input";
import { readSource, SOURCE_EXIT, SOURCE_HELP } from "./tenant-input";

interface DriftFlags extends LoadFlags {
    deployConfig?: string;
    format: "markdown" | "json";
}

const EXAMPLES = `
Examples:
  $ topology drift dump/ --stack prod                       ./topology.yaml (prod's settings) against a Management API dump
  $ topology drift export/tenant.yaml design.yaml --stack dev --deploy-config config/dev.json
  $ topology drift dump/ --stack prod --format json > drift.json
  $ topology drift live --stack prod        the tenant itself (AUTH0_* variables or the stack's auth0:* config)

The tenant's objects are paired with the design's by API identifier and by app and role display name.
"Drift" is what differs in what the topology says (changed in the dashboard); settings the topology
does not express but the program sets (grant types, auth method, token dialect…) are listed apart:
the next \`pulumi up\` resets them.
Exit codes: 0 no drift, 1 drift (or the design does not load), ${SOURCE_EXIT}.`;

export function register(program: Command): void {
    const command = program
        .command("drift")
        .description("Compare the design with a tenant (an export or a Management API dump): what changed in the dashboard, labelled replaces / widens access / breaks callers / deletes.")
        .argument("<source>", SOURCE_HELP)
        .argument("[file]", "the topology file (the design)", DEFAULT_FILE)
        .option("--deploy-config <file>", "deploy-cli config.json of the source: keyword values, AUTH0_DOMAIN, AUTH0_CLIENT_ID");
    addLoadFlags(command)
        .addOption(new Option("--format <format>", "output format").choices(["markdown", "json"]).default("markdown"))
        .addHelpText("after", EXAMPLES)
        .action(async (source: string, file: string, flags: DriftFlags) => {
            let design: Checked | undefined;
            reportingInputErrors(() => {
                design = checkedModel({ file, stack: flags.stack, environment: flags.environment, vars: flags.var }, file);
            });
            if (design === undefined) return;
            const stackFile = design.stack === undefined ? undefined : stackFileName(path.dirname(path.resolve(file)), design.stack.stack);
            const result = driftOf(design.model, await readSource(source, flags, stackFile));
            process.stdout.write(flags.format === "json" ? driftJson(result) : driftMarkdown(result, source, file));
            if (result.drift.changes.length > 0) process.exitCode = 1;
        });
}

function driftJson({ drift, unexpressed }: Drift): string {
    return `{\n"drift": ${toJson(drift).trimEnd()},\n"unexpressed": ${toJson(unexpressed).trimEnd()}\n}\n`;
}

function driftMarkdown({ drift, unexpressed }: Drift, source: string, file: string): string {
    const none = drift.changes.length === 0 ? "No drift: the tenant holds what the design says.\n\n" : "";
    const reset = unexpressed.changes.length === 0 ? "" : `\n## Settings the topology does not express (the next pulumi up resets them)\n\n${toMarkdown(unexpressed)}`;
    return `## Drift of ${source} from ${file}\n\n${none}${toMarkdown(drift, { file })}${reset}`;
}
