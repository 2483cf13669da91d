// `topology rules`: the rule catalog, with each rule's id, levels, description and source.
import { Option, type Command } from "commander";
import { productionLevel } from "../../policies/src/rule";
import { rules } from "../../policies/src/rules";
import { catalogJson, catalogMarkdown } from "../report/catalog";

function catalogText(): string {
    const width = Math.max(...rules.map((r) => r.meta.id.length));
    const lines = rules.map(({ meta }) => {
        const production = productionLevel(meta);
        const level = production === undefined ? meta.severity : `${meta.severity}/${production}`;
        return `${meta.id.padEnd(width)}  ${level.padEnd(15)}  ${meta.description}`;
    });
    return `${lines.join("\n")}\n\nlevel: development/production. Sources: topology rules --format markdown\n`;
}

const RENDER: Record<string, () => string> = { text: catalogText, markdown: catalogMarkdown, json: catalogJson };

const EXAMPLES = `
Examples:
  $ topology rules                               id, levels (development/production), description
  $ topology rules --format markdown > docs/rules.md
  $ topology rules --format json | jq -r '.[].id'

Exit codes: 0 printed, 2 usage error.`;

export function register(program: Command): void {
    program
        .command("rules")
        .description("List the rule catalog: ids (for waivers and --policy-pack-config), levels, what each rule finds, its source.")
        .addOption(new Option("--format <format>", "output format").choices(Object.keys(RENDER)).default("text"))
        .addHelpText("after", EXAMPLES)
        .action((flags: { format: string }) => {
            process.stdout.write(RENDER[flags.format]!());
        });
}
