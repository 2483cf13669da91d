// The rule catalog as people read it: a markdown table generated from the rules' own metadata
// (docs/rules.md, `topology rules`), so ids, levels and sources never drift from the code.
import * as path from "node:path";
import { rules } from "../../policies/src/rules";
import { productionLevel, type Rule } from "../../policies/src/rule";

/** Relative to the project root. */
export const CATALOG_FILE = path.join("docs", "rules.md");

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

function row({ meta }: Rule): string {
    const production = productionLevel(meta) ?? "";
    const waivable = meta.waivable === false ? "no" : "yes";
    return `| \`${meta.id}\` | ${meta.severity} | ${production} | ${waivable} | ${cell(meta.description)} | [source](${meta.docs}) |`;
}

export function catalogMarkdown(): string {
    return [
        "# Rule catalog",
        "",
        "Generated from the rule modules in `policies/src/rules/` by `npm run --silent topology -- rules --format markdown`;",
        "a test fails when this file is stale. Ids are stable: they appear in JSON and SARIF output, in",
        "`--policy-pack-config` and in waivers. *production*: the level on production stacks when it differs.",
        "*waivable*: whether a waiver can accept the finding (not for what Auth0 would reject at deploy time).",
        "",
        "| id | level | production | waivable | what it finds | source |",
        "|---|---|---|---|---|---|",
        ...rules.map(row),
        "",
    ].join("\n");
}

export function catalogJson(): string {
    return `${JSON.stringify(rules.map((r) => r.meta), null, 2)}\n`;
}
