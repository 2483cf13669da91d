// `topology config`: per app and API, what its developers paste (domain, client id, audiences and
// scopes, token requests), from the topology and, once deployed, the stack outputs.
import * as fs from "node:fs";
import { Command, Option } from "commander";
import { deriveConfigs } from "../config/derive";
import { CONFIG_FORMATS, renderConfigs, type ConfigFormat } from "../config/render";
import { addLoadFlags, type LoadFlags } from "./load-flags";
import { checkedModel, DEFAULT_FILE, reportingInputErrors } from "./model-input";
import { LIMITS } from "../load/limits";
import { bytesText, readRegularFile } from "../load/source";
import { UsageError } from "../usage-error";

interface ConfigOptions extends LoadFlags {
    app?: string;
    outputs?: string;
    format: ConfigFormat;
}

/** Client ids from `pulumi stack output --json` (the builder's `clients.<key>.clientId`). */
export function clientIdsFromOutputs(file: string): Record<string, string> {
    if (!fs.existsSync(file)) throw new UsageError(`--outputs ${file} does not exist; write it with: pulumi stack output --json > ${file}`);
    const read = readRegularFile(file, LIMITS.fileBytes);
    if ("tooLarge" in read) throw new UsageError(`--outputs ${file} has ${bytesText(read.tooLarge)}, more than the ${bytesText(LIMITS.fileBytes)} stack outputs may have`);
    let outputs: unknown;
    try {
        outputs = JSON.parse(read.bytes.toString("utf8"));
    } catch (err) {
        throw new UsageError(`--outputs ${file} is not JSON (${(err as Error).message}); write it with: pulumi stack output --json > ${file}`);
    }
    const clients = (outputs as { clients?: Record<string, { clientId?: unknown }> } | null)?.clients;
    if (clients === undefined || typeof clients !== "object") throw new UsageError(`--outputs ${file} has no 'clients' output: is it the output of this project's stack?`);
    return Object.fromEntries(Object.entries(clients).flatMap(([key, c]) => (typeof c?.clientId === "string" ? [[key, c.clientId]] : [])));
}

const EXAMPLES = `
Examples:
  $ topology config                              every app and API, JSON
  $ topology config --app storefront --format ts > src/auth0-config.ts
  $ pulumi stack output --json > outputs.json && topology config --stack prod --outputs outputs.json --format env

Exit codes: 0 printed, 1 the topology does not load (its findings on stderr), 2 usage error (unknown --app, bad --outputs).`;

export function register(program: Command): void {
    const command = program
        .command("config")
        .description("Print what each app's developers paste: domain, client id, per audience the scopes to request (SPA: Auth0Client options and getTokenSilently calls), and for each API how to validate its tokens.")
        .argument("[file]", "the topology file", DEFAULT_FILE);
    addLoadFlags(command)
        .option("--app <key>", "only this app or API")
        .option("--outputs <file>", "stack outputs (pulumi stack output --json) for the real client ids")
        .addOption(new Option("--format <format>", "output format").choices([...CONFIG_FORMATS]).default("json"))
        .addHelpText("after", EXAMPLES)
        .action((file: string, options: ConfigOptions) =>
            reportingInputErrors(() => {
                if (!fs.existsSync(file)) throw new UsageError(`${file} does not exist`);
                const { model, stack, mask } = checkedModel({ file, stack: options.stack, environment: options.environment, vars: options.var }, file);
                const clientIds = options.outputs === undefined ? undefined : clientIdsFromOutputs(options.outputs);
                const configs = mask.data(deriveConfigs(model, { domain: stack?.domain, clientIds }, options.app));
                if (options.app !== undefined && configs.length === 0) throw new UsageError(`no app or API '${options.app}' in ${file}`);
                process.stdout.write(mask.text(renderConfigs(configs, options.format)));
            }),
        );
}
