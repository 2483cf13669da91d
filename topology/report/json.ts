// The JSON report, for scripts: a stable shape; absent positions are null, hint and waived appear
// only when present, and so does count (a finding that stands for that many alike).
import type { Finding } from "../../policies/src/rule";
import type { ReportInput } from "./format";

function jsonFinding(f: Finding): Record<string, unknown> {
    const out: Record<string, unknown> = {
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        path: f.path,
        file: f.file ?? null,
        line: f.line ?? null,
        column: f.column ?? null,
    };
    if (f.hint !== undefined) out.hint = f.hint;
    if (f.waived !== undefined) out.waived = f.waived;
    if (f.count !== undefined) out.count = f.count;
    return out;
}

export function formatJson({ findings, summary }: ReportInput): string {
    return `${JSON.stringify({ findings: findings.map(jsonFinding), summary }, null, 2)}\n`;
}
