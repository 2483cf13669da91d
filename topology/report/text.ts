// The text report, for people: one finding per line (file:line:col  severity  rule  message), its
// hint and waiver indented below, then a summary line.
import { styleText } from "node:util";
import type { Finding, Severity } from "../../policies/src/rule";
import type { Summary } from "../../policies/src/run";
import type { FormatOptions, ReportInput } from "./format";

type Style = Parameters<typeof styleText>[0];
const SEVERITY_STYLE: Record<Severity, Style> = { error: "red", warning: "yellow", info: "blue" };

function location(finding: Finding): string {
    if (finding.file === undefined) return finding.path || "(tenant)";
    return finding.line === undefined ? finding.file : `${finding.file}:${finding.line}:${finding.column ?? 1}`;
}

function findingLines(finding: Finding, paint: (style: Style, text: string) => string): string[] {
    const severity = paint(SEVERITY_STYLE[finding.severity], finding.severity.padEnd(7));
    // The path is what a waiver targets; show it unless the location already is the path.
    const at = finding.path !== "" && finding.file !== undefined ? paint("dim", `  [${finding.path}]`) : "";
    const lines = [`${location(finding)}  ${severity}  ${finding.rule}  ${finding.message}${at}`];
    if (finding.hint !== undefined) lines.push(paint("dim", `    hint: ${finding.hint}`));
    if (finding.waived !== undefined) lines.push(paint("dim", `    waived: ${finding.waived.reason}`));
    return lines;
}

/** The finding lines alone (no summary), for reports that embed them. */
export function formatFindings(findings: readonly Finding[], options: Partial<FormatOptions> = {}): string {
    // The caller decides about colour (the command: a terminal and no NO_COLOR), so styleText must not.
    const paint = (style: Style, text: string) => (options.color ? styleText(style, text, { validateStream: false }) : text);
    return findings.flatMap((f) => findingLines(f, paint)).join("\n");
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function summaryLine(summary: Summary, waived: number): string {
    const counts = `${count(summary.errors, "error")}, ${count(summary.warnings, "warning")}, ${count(summary.infos, "info")}`;
    return waived > 0 ? `${counts} (${waived} waived)` : counts;
}

export function formatText({ findings, summary }: ReportInput, options: FormatOptions): string {
    const waived = findings.filter((f) => f.waived !== undefined).length;
    const body = findings.length === 0 ? "" : `${formatFindings(findings, options)}\n\n`;
    return `${body}${summaryLine(summary, waived)}\n`;
}
