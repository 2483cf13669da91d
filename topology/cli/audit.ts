// `topology audit SOURCE`: the rule catalog on a tenant as it is, located in its export.
import { Option, type Command } from "commander";
import { ENVIRONMENTS, type Environment } from "../../policies/src/model";
import { rules } from "../../policies/src/rules";
import { compareFindings, runRules, summarize } from "../../policies/src/run";
import { formats } from "../report";
import { planImport } from "../tenant/import";
import { readSource, SOURCE_EXIT, SOURCE_HELP } from "./tenant-input";

interface AuditFlags {
    deployConfig?: string;
    environment: Environment;
    format: string;
}

const EXAMPLES = `
Examples:
  $ topology audit export/tenant.yaml                         a deploy-cli YAML export
  $ topology audit export/ --deploy-config config/prod.json   keyword values and the deploy client from deploy-cli's config
  $ topology audit dump/ --environment production --format sarif > audit.sarif
  $ AUTH0_DOMAIN=acme.eu.auth0.com AUTH0_CLIENT_ID=... AUTH0_CLIENT_SECRET=... topology audit live

Findings point at the object in the export (file, line, column) and name its topology path as
\`topology import\` would write it.
Exit codes: 0 no error finding, 1 the tenant has error findings, ${SOURCE_EXIT}.`;

export function register(program: Command): void {
    program
        .command("audit")
        .description("Run the rule catalog on an existing tenant, as it is (an export or a Management API dump).")
        .argument("<source>", SOURCE_HELP)
        .option("--deploy-config <file>", "deploy-cli config.json: AUTH0_KEYWORD_REPLACE_MAPPINGS, AUTH0_DOMAIN, AUTH0_CLIENT_ID")
        .addOption(new Option("--environment <environment>", "which rules apply at which level").choices(ENVIRONMENTS).default("development"))
        .addOption(new Option("--format <format>", "output format").choices(Object.keys(formats)).default("text"))
        .addHelpText("after", EXAMPLES)
        .action(async (source: string, flags: AuditFlags) => {
            const { tenant } = planImport(await readSource(source, flags), { environment: flags.environment });
            const findings = runRules(tenant, rules).sort(compareFindings);
            const summary = summarize(findings);
            const color = process.stdout.isTTY === true && process.env.NO_COLOR === undefined;
            process.stdout.write(formats[flags.format]({ findings, summary }, { color }));
            if (summary.errors > 0) process.exitCode = 1;
        });
}
