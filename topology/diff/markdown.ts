// The diff as a pull-request comment: risky changes first, each with why it matters, then the
// access matrix delta, the findings the change adds or resolves, and the graph of the changed part.
import type { Finding } from "../../policies/src/rule";
import { RISKS, risksOf, type AccessDelta, type Change, type ChangeSet, type Risk } from "./changeset";

export const RISK_LABELS: Record<Risk, string> = {
    refused: "refused",
    replaces: "replaces",
    "widens-access": "widens access",
    "breaks-callers": "breaks callers",
    deletes: "deletes",
};

const RISK_MEANINGS: Record<Risk, string> = {
    refused: "pulumi up or Auth0 refuses the change as written: the note says what to do first",
    replaces: "Auth0 or Pulumi recreates the object: new audience or client id, existing tokens or deployments stop working",
    "widens-access": "someone may obtain tokens, scopes or redirects they could not before",
    "breaks-callers": "something an app, API or user relies on today stops working",
    deletes: "an object is removed from the tenant",
};

/** Table cells hold one line: pipes escaped, line breaks as <br>. */
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, "<br>");

function rank(change: Change): number {
    const ranks = change.risks.map((r) => RISKS.indexOf(r.risk));
    return ranks.length === 0 ? RISKS.length : Math.min(...ranks);
}

function changeRow(change: Change, file: string | undefined): string {
    const labels = [...new Set(change.risks.map((r) => r.risk))].map((r) => `**${RISK_LABELS[r]}**`).join("<br>");
    // A removed element's line is in the old version of the file.
    const line = change.line === undefined ? "" : change.action === "removed" ? ` (was line ${change.line})` : ` (${file ?? "line"}${file ? ":" : " "}${change.line})`;
    const where = `\`${change.path}\`${line}`;
    const fields = change.fields.map((f) => `${f.field}: ${f.before} → ${f.after}`);
    const what = [change.summary, ...fields].join("\n");
    const why = change.risks.map((r) => `${RISK_LABELS[r.risk]}: ${r.reason}`).join("\n");
    return `| ${labels} | ${cell(what)}<br>${where} | ${cell(why)} |`;
}

function scopesCell(delta: AccessDelta): string {
    const marked = [...delta.after.map((s) => (delta.added.includes(s) ? `**+${s}**` : s)), ...delta.removed.map((s) => `~~${s}~~`)];
    if (marked.length === 0) return delta.after.length === 0 && delta.before.length === 0 ? "(token without scopes)" : "(none)";
    return marked.join(", ");
}

const VIA: Record<AccessDelta["via"], string> = { user: "for a user", machine: "as itself", role: "role holders" };

const ACCESS_HEADER = ["#### Who may call what (changed rows only)", "", "| Who | API | How | Scopes (**+gained**, ~~lost~~) |", "|---|---|---|---|"];

function accessRow(d: AccessDelta): string {
    const state = d.before.length === 0 && d.after.length > 0 ? " (new)" : d.after.length === 0 && d.before.length > 0 ? " (removed)" : "";
    return `| ${cell(d.subject)} | \`${cell(d.api)}\`${state} | ${VIA[d.via]} | ${cell(scopesCell(d))} |`;
}

function findingLine(f: Finding): string {
    const where = f.file !== undefined && f.line !== undefined ? ` (${f.file}:${f.line})` : "";
    const waived = f.waived === undefined ? "" : ` — waived: ${f.waived.reason}`;
    return `- ${f.severity} \`${f.rule}\` at \`${f.path}\`${where}: ${f.message}${waived}`;
}

/** A GitHub issue or pull-request comment holds at most this many characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;

export interface MarkdownOptions {
    /** The topology file, to point at lines. */
    file?: string;
    /** A Mermaid diagram of the changed part, shown folded. */
    mermaid?: string;
    /** Characters the comment may take (default GITHUB_COMMENT_LIMIT); past it the diff is summarised. */
    budget?: number;
}

/** A heading and table header (or list title) and its rows: summarising keeps whole rows only. */
interface Block {
    head: string[];
    rows: string[];
    /** What the block is, for the line that says how many rows were left out. */
    what: string;
}

const length = (lines: readonly string[]) => lines.reduce((n, line) => n + line.length + 1, 0);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function blocks(changeSet: ChangeSet, file: string | undefined): Block[] {
    const { changes, access, findings } = changeSet;
    const list = (title: string, items: readonly Finding[]): Block => ({ head: [`#### ${title} (${items.length})`, ""], rows: items.map(findingLine), what: "findings" });
    return [
        { head: ["| Risk | What changes | Why it matters |", "|---|---|---|"], rows: [...changes].sort((a, b) => rank(a) - rank(b)).map((c) => changeRow(c, file)), what: "changes" },
        { head: ACCESS_HEADER, rows: access.map(accessRow), what: "access rows" },
        list("New findings", findings.added),
        list("Resolved findings", findings.resolved),
    ].filter((b) => b.rows.length > 0);
}

/**
 * Whole rows, block after block, while they fit in `budget`: a table ends after a whole row, never
 * mid-table. Once a block is cut, the blocks after it (less risky) are left out.
 */
function fitted(all: readonly Block[], budget: number): { lines: string[]; omitted: string[] } {
    const lines: string[] = [];
    const omitted: string[] = [];
    let left = budget;
    for (const block of all) {
        const rows: string[] = [];
        let cost = length(block.head) + 1;
        for (const row of block.rows) {
            if (omitted.length > 0 || cost + row.length + 1 > left) break;
            rows.push(row);
            cost += row.length + 1;
        }
        if (rows.length > 0) {
            lines.push(...block.head, ...rows, "");
            left -= cost;
        }
        if (rows.length < block.rows.length) omitted.push(`${block.rows.length - rows.length} of ${plural(block.rows.length, block.what.replace(/s$/, ""))}`);
    }
    return { lines, omitted };
}

export function toMarkdown(changeSet: ChangeSet, options: MarkdownOptions = {}): string {
    const { changes, findings } = changeSet;
    if (changes.length === 0) {
        const all = blocks(changeSet, options.file);
        const lines = ["### Auth0 topology: no change to the tenant", "", ...all.flatMap((b) => [...b.head, ...b.rows, ""])];
        return `${lines.join("\n")}\n`;
    }
    const counts = risksOf(changeSet);
    const present = RISKS.filter((r) => counts[r] > 0);
    const tally = present.length === 0 ? "no risky change" : present.map((r) => `**${RISK_LABELS[r]}** ${counts[r]}`).join(" · ");
    const title = [`### Auth0 topology: ${plural(changes.length, "change")} — ${tally}`, ""];
    const legend = present.length === 0 ? [] : [`<sub>${present.map((r) => `**${RISK_LABELS[r]}**: ${RISK_MEANINGS[r]}`).join(". ")}.</sub>`, ""];
    const graph = options.mermaid === undefined ? [] : ["<details><summary>Graph of the changed part</summary>", "", "```mermaid", options.mermaid.trimEnd(), "```", "", "</details>", ""];
    const all = blocks(changeSet, options.file);
    const full = [...title, ...all.flatMap((b) => [...b.head, ...b.rows, ""]), ...graph, ...legend];
    const budget = options.budget ?? GITHUB_COMMENT_LIMIT;
    if (length(full) <= budget) return `${full.join("\n")}\n`;

    // Too large for one comment: the counts, then the riskiest rows that fit, then what was left out.
    const summary = [
        "| Label | Changes |",
        "|---|---:|",
        ...present.map((r) => `| **${RISK_LABELS[r]}** | ${counts[r]} |`),
        `| no risky label | ${changes.filter((c) => c.risks.length === 0).length} |`,
        `| new / resolved findings | ${findings.added.length} / ${findings.resolved.length} |`,
        "",
    ];
    const note = (omitted: readonly string[]) => [
        `> **Summarised to fit a comment**: ${[...omitted, ...(graph.length > 0 ? ["the graph"] : [])].join(", ")} not shown; rows are riskiest first. ` +
            "The full diff is the JSON artifact of this run (`topology diff --format json`).",
        "",
    ];
    // The note's length depends on what it lists: reserve for the longest it can be.
    const reserve = length([...title, ...summary, ...note(all.map((b) => `${b.rows.length} of ${plural(b.rows.length, b.what)}`)), ...legend]);
    const { lines, omitted } = fitted(all, budget - reserve);
    return `${[...title, ...note(omitted), ...summary, ...lines, ...legend].join("\n")}\n`;
}
