// `topology drift SOURCE [FILE]`: the design against the tenant, labelled like `diff`.
import { Option, type Command } from "commander";
import { risksOf } from "../diff/changeset";
import { toJson } from "../diff/json";
import { toMarkdown } from "../diff/markdown";
import { driftOf } from "../tenant/drift";
import { addLoadFlags, type LoadFlags } from "./load-flags";
import { checkedModel, DEFAULT_FILE, reportingInputErrors } from "./model-input";
import { readSource, SOURCE_HELP } from "./tenant-input";

interface DriftFlags extends LoadFlags {
    deployConfig?: string;
    format: "markdown" | "json";
}

const EXAMPLES = `
Examples:
  $ topology drift dump/ --stack prod                       ./topology.yaml (prod's settings) against a Management API dump
  $ topology drift export/tenant.yaml design.yaml --stack dev --deploy-config config/dev.json
  $ topology drift dump/ --stack prod --format json > drift.json

The tenant's objects are paired with the design's by API identifier and by app and role display name.
"Drift" is what differs in what the topology says (changed in the dashboard); settings the topology
does not express but the program sets (grant types, auth method, token dialect…) are listed apart:
the next \`pulumi up\` resets them.
Exit codes: 0 no drift, 1 drift (or the design does not load), 2 usage error (unreadable source).`;

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
        .action((source: string, file: string, flags: DriftFlags) =>
            reportingInputErrors(() => {
                const { model } = checkedModel({ file, stack: flags.stack, environment: flags.environment, vars: flags.var }, file);
                const { drift, unexpressed } = driftOf(model, readSource(source, flags.deployConfig));
                if (flags.format === "json") {
                    process.stdout.write(`{\n"drift": ${toJson(drift).trimEnd()},\n"unexpressed": ${toJson(unexpressed).trimEnd()}\n}\n`);
                } else {
                    const none = drift.changes.length === 0 ? "No drift: the tenant holds what the design says.\n\n" : "";
                    process.stdout.write(`## Drift of ${source} from ${file}\n\n${none}${toMarkdown(drift, { file })}\n`);
                    if (unexpressed.changes.length > 0) {
                        process.stdout.write(`## Settings the topology does not express (the next pulumi up resets them)\n\n${toMarkdown(unexpressed)}`);
                    }
                }
                if (Object.values(risksOf(drift)).some((n) => n > 0) || drift.changes.length > 0) process.exitCode = 1;
            }),
        );
}
