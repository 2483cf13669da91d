import type { Source } from "../../policies/src/model";
import type { Finding, Severity } from "../../policies/src/rule";

/** A finding of the loader itself (yaml-syntax, schema, undefined-variable): no rule runs for it. */
export function loaderFinding(rule: string, source: Source, message: string, hint?: string, severity: Severity = "error"): Finding {
    const finding: Finding = { rule, severity, message, path: source.path };
    if (hint !== undefined) finding.hint = hint;
    if (source.file !== undefined) finding.file = source.file;
    if (source.line !== undefined) finding.line = source.line;
    if (source.column !== undefined) finding.column = source.column;
    return finding;
}
