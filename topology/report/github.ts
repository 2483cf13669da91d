// GitHub Actions workflow commands: each finding becomes an annotation on the pull request's file.
// Escaping follows the workflow-command format: data escapes %, CR, LF; properties also ':' and ','.
import type { Finding, Severity } from "../../policies/src/rule";
import type { ReportInput } from "./format";
import { repoPath } from "./repo-path";
import { summaryLine } from "./text";

const COMMAND: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };

const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

function annotation(finding: Finding): string {
    // A waived finding is accepted: it stays visible as a notice, never as a failing error.
    const command = finding.waived ? "notice" : COMMAND[finding.severity];
    const properties: string[] = [`title=${escapeProperty(`${finding.rule} (${finding.path})`)}`];
    if (finding.file !== undefined) properties.push(`file=${escapeProperty(repoPath(finding.file))}`);
    if (finding.line !== undefined) properties.push(`line=${finding.line}`);
    if (finding.column !== undefined) properties.push(`col=${finding.column}`);
    const waived = finding.waived ? ` (waived: ${finding.waived.reason})` : "";
    const hint = finding.hint === undefined ? "" : `\n${finding.hint}`;
    return `::${command} ${properties.join(",")}::${escapeData(`${finding.message}${waived}${hint}`)}`;
}

export function formatGithub({ findings, summary }: ReportInput): string {
    const waived = findings.filter((f) => f.waived !== undefined).length;
    return [...findings.map(annotation), summaryLine(summary, waived)].join("\n") + "\n";
}
