"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatFindings = formatFindings;
exports.summaryLine = summaryLine;
exports.formatText = formatText;
// The text report, for people: one finding per line (file:line:col  severity  rule  message), its
// hint and waiver indented below, then a summary line.
const node_util_1 = require("node:util");
const SEVERITY_STYLE = { error: "red", warning: "yellow", info: "blue" };
function location(finding) {
    if (finding.file === undefined)
        return finding.path || "(tenant)";
    return finding.line === undefined ? finding.file : `${finding.file}:${finding.line}:${finding.column ?? 1}`;
}
function findingLines(finding, paint) {
    const severity = paint(SEVERITY_STYLE[finding.severity], finding.severity.padEnd(7));
    // The path is what a waiver targets; show it unless the location already is the path.
    const at = finding.path !== "" && finding.file !== undefined ? paint("dim", `  [${finding.path}]`) : "";
    const lines = [`${location(finding)}  ${severity}  ${finding.rule}  ${finding.message}${at}`];
    if (finding.hint !== undefined)
        lines.push(paint("dim", `    hint: ${finding.hint}`));
    if (finding.waived !== undefined)
        lines.push(paint("dim", `    waived: ${finding.waived.reason}`));
    return lines;
}
/** The finding lines alone (no summary), for reports that embed them. */
function formatFindings(findings, options = {}) {
    const paint = (style, text) => (options.color ? (0, node_util_1.styleText)(style, text) : text);
    return findings.flatMap((f) => findingLines(f, paint)).join("\n");
}
const count = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function summaryLine(summary, waived) {
    const counts = `${count(summary.errors, "error")}, ${count(summary.warnings, "warning")}, ${count(summary.infos, "info")}`;
    return waived > 0 ? `${counts} (${waived} waived)` : counts;
}
function formatText({ findings, summary }, options) {
    const waived = findings.filter((f) => f.waived !== undefined).length;
    const body = findings.length === 0 ? "" : `${formatFindings(findings, options)}\n\n`;
    return `${body}${summaryLine(summary, waived)}\n`;
}
//# sourceMappingURL=text.js.map