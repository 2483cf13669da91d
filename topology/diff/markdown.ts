// The diff as a pull-request comment: risky changes first, each with why it matters, then the
// access matrix delta, the findings the change adds or resolves, and the graph of the changed part.
import type { Finding } from "../../policies/src/rule";
import { RISKS, risksOf, type AccessDelta, type Change, type ChangeSet, type Risk } from "./changeset";

export const RISK_LABELS: Record<Risk, string> = {
    replaces: "replaces",
    "widens-access": "widens access",
    "breaks-callers": "breaks callers",
    deletes: "deletes",
};

const RISK_MEANINGS: Record<Risk, string> = {
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

function accessSection(access: readonly AccessDelta[]): string[] {
    if (access.length === 0) return [];
    return [
        "#### Who may call what (changed rows only)",
        "",
        "| Who | API | How | Scopes (**+gained**, ~~lost~~) |",
        "|---|---|---|---|",
        ...access.map((d) => {
            const state = d.before.length === 0 && d.after.length > 0 ? " (new)" : d.after.length === 0 && d.before.length > 0 ? " (removed)" : "";
            return `| ${cell(d.subject)} | \`${cell(d.api)}\`${state} | ${VIA[d.via]} | ${cell(scopesCell(d))} |`;
        }),
        "",
    ];
}

function findingLine(f: Finding): string {
    const where = f.file !== undefined && f.line !== undefined ? ` (${f.file}:${f.line})` : "";
    const waived = f.waived === undefined ? "" : ` — waived: ${f.waived.reason}`;
    return `- ${f.severity} \`${f.rule}\` at \`${f.path}\`${where}: ${f.message}${waived}`;
}

function findingSection(title: string, findings: readonly Finding[]): string[] {
    return findings.length === 0 ? [] : [`#### ${title} (${findings.length})`, "", ...findings.map(findingLine), ""];
}

export interface MarkdownOptions {
    /** The topology file, to point at lines. */
    file?: string;
    /** A Mermaid diagram of the changed part, shown folded. */
    mermaid?: string;
}

export function toMarkdown(changeSet: ChangeSet, options: MarkdownOptions = {}): string {
    const { changes, access, findings } = changeSet;
    if (changes.length === 0) {
        const lines = ["### Auth0 topology: no change to the tenant", ""];
        lines.push(...findingSection("New findings", findings.added), ...findingSection("Resolved findings", findings.resolved));
        return `${lines.join("\n")}\n`;
    }
    const counts = risksOf(changeSet);
    const present = RISKS.filter((r) => counts[r] > 0);
    const tally = present.length === 0 ? "no risky change" : present.map((r) => `**${RISK_LABELS[r]}** ${counts[r]}`).join(" · ");
    const lines = [
        `### Auth0 topology: ${changes.length} change${changes.length === 1 ? "" : "s"} — ${tally}`,
        "",
        "| Risk | What changes | Why it matters |",
        "|---|---|---|",
        ...[...changes].sort((a, b) => rank(a) - rank(b)).map((c) => changeRow(c, options.file)),
        "",
        ...accessSection(access),
        ...findingSection("New findings", findings.added),
        ...findingSection("Resolved findings", findings.resolved),
    ];
    if (options.mermaid !== undefined) {
        lines.push("<details><summary>Graph of the changed part</summary>", "", "```mermaid", options.mermaid.trimEnd(), "```", "", "</details>", "");
    }
    if (present.length > 0) lines.push(`<sub>${present.map((r) => `**${RISK_LABELS[r]}**: ${RISK_MEANINGS[r]}`).join(". ")}.</sub>`, "");
    return `${lines.join("\n")}\n`;
}
