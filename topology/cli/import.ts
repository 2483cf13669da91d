// `topology import SOURCE`: adopt an existing tenant. Writes the topology, the stack's settings,
// the `pulumi import --file` file and the report; refuses to overwrite without --force.
import * as fs from "node:fs";
import * as path from "node:path";
import { Option, type Command } from "commander";
import { ENVIRONMENTS, type Environment } from "../../policies/src/model";
import { checkTopology } from "../check";
import { CONFIG_NAMESPACE, stackFileName } from "../stack";
import { planImport, stackYaml, topologyYaml, type ImportPlan } from "../tenant/import";
import { importReport, reportMarkdown, reportSummary } from "../tenant/report";
import { DEFAULT_FILE } from "./model-input";
import { readSource, SOURCE_EXIT, SOURCE_HELP } from "./tenant-input";
import { UsageError } from "../usage-error";

interface ImportFlags {
    out: string;
    force?: boolean;
    stack?: string;
    environment: Environment;
    importFile?: string;
    deployConfig?: string;
    report?: string;
}

const EXAMPLES = `
Examples:
  $ topology import dump/ --stack dev --import-file import.json --report import.md
        a Management API dump: topology.yaml, Pulumi.dev.yaml, and the file for
        \`pulumi import --file import.json\` with the tenant's ids
  $ topology import tenant.yaml --deploy-config config/prod.json --stack prod --environment production
        a deploy-cli YAML export: its ##KEYWORDS## become \${variables} with prod's values
  $ topology import export/ --out design/topology.yaml --force --report report.json
  $ AUTH0_DOMAIN=acme.eu.auth0.com AUTH0_CLIENT_ID=... AUTH0_CLIENT_SECRET=... topology import live --stack prod --import-file import.json

Then: \`topology check --stack dev\`, \`pulumi import --file import.json\`, \`pulumi preview\` (it should
change only what the report lists).
Exit codes: 0 written and it checks clean, 1 written but the tenant has error findings (see the report),
${SOURCE_EXIT}, a file exists without --force, no ids for --import-file.`;

function refuseOverwrite(files: readonly string[], force: boolean | undefined): void {
    const existing = files.filter((f) => fs.existsSync(f));
    if (existing.length > 0 && force !== true) throw new UsageError(`${existing.join(", ")} already exist(s); pass --force to overwrite`);
}

/** Runs the program under mocks (loaded on use: the Pulumi SDK costs a second to load) and matches what it registers to the tenant's ids. */
async function writeImportFile(plan: ImportPlan, topologyFile: string, stack: string, environment: Environment, file: string): Promise<void> {
    const { runProgramUnderMocks, MockRunFailure } = await import("../build/mock-run");
    const { importFile, MissingIdsError, tenantIds } = await import("../tenant/import-ids");
    const config: Record<string, string> = {
        [`${CONFIG_NAMESPACE}:environment`]: environment,
        [`${CONFIG_NAMESPACE}:vars`]: JSON.stringify(Object.fromEntries(Object.entries(plan.variables).map(([k, v]) => [k, v ?? ""]))),
    };
    if (plan.adoption.domain !== undefined) config["auth0:domain"] = plan.adoption.domain;
    let registered;
    try {
        registered = await runProgramUnderMocks({ topologyFile, stack, config });
    } catch (err) {
        if (err instanceof MockRunFailure) throw new UsageError(`the program does not run on the imported topology, so no import file was written:\n${err.message}`);
        throw err;
    }
    try {
        fs.writeFileSync(file, `${JSON.stringify(importFile(registered, tenantIds(plan.adoption)), null, 2)}\n`);
    } catch (err) {
        if (err instanceof MissingIdsError) throw new UsageError(err.message);
        throw err;
    }
}

export function register(program: Command): void {
    program
        .command("import")
        .description("Adopt an existing tenant: write a topology, its stack settings, a `pulumi import` file and a report.")
        .argument("<source>", SOURCE_HELP)
        .option("--out <file>", "the topology to write", DEFAULT_FILE)
        .option("--force", "overwrite files that exist")
        .option("--stack <name>", "write Pulumi.<name>.yaml beside --out: auth0:domain, the environment, the ${variables}")
        .addOption(new Option("--environment <environment>", "the stack's environment").choices(ENVIRONMENTS).default("development"))
        .option("--import-file <file>", "write the file for `pulumi import --file` (needs --stack and a source with ids)")
        .option("--deploy-config <file>", "deploy-cli config.json: AUTH0_KEYWORD_REPLACE_MAPPINGS become ${name} variables with this stack's values")
        .option("--report <file>", "write the report: Markdown, or JSON when the name ends in .json")
        .addHelpText("after", EXAMPLES)
        .action(async (source: string, flags: ImportFlags) => {
            if (flags.importFile !== undefined && flags.stack === undefined) throw new UsageError("--import-file needs --stack: the import file adopts resources into that stack");
            const stackFile = flags.stack === undefined ? undefined : stackFileName(path.dirname(path.resolve(flags.out)), flags.stack);
            refuseOverwrite([flags.out, stackFile, flags.importFile, flags.report].filter((f): f is string => f !== undefined), flags.force);
            const plan = planImport(await readSource(source, flags), { environment: flags.environment });
            fs.writeFileSync(flags.out, topologyYaml(plan));
            if (stackFile !== undefined) fs.writeFileSync(stackFile, stackYaml(plan, flags.environment));
            const vars = Object.fromEntries(Object.entries(plan.variables).map(([k, v]) => [k, v ?? ""]));
            const { findings } = checkTopology(flags.stack === undefined ? { file: flags.out, environment: flags.environment, vars } : { file: flags.out, stack: flags.stack });
            const report = importReport(plan, findings);
            if (flags.importFile !== undefined && flags.stack !== undefined) await writeImportFile(plan, path.resolve(flags.out), flags.stack, flags.environment, flags.importFile);
            if (flags.report !== undefined) fs.writeFileSync(flags.report, flags.report.endsWith(".json") ? `${JSON.stringify(report, null, 2)}\n` : reportMarkdown(report));
            process.stderr.write(reportSummary(report));
            if (report.check.errors > 0) process.exitCode = 1;
        });
}
