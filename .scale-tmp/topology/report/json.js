"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatJson = formatJson;
function jsonFinding(f) {
    const out = {
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        path: f.path,
        file: f.file ?? null,
        line: f.line ?? null,
        column: f.column ?? null,
    };
    if (f.hint !== undefined)
        out.hint = f.hint;
    if (f.waived !== undefined)
        out.waived = f.waived;
    return out;
}
function formatJson({ findings, summary }) {
    return `${JSON.stringify({ findings: findings.map(jsonFinding), summary }, null, 2)}\n`;
}
//# sourceMappingURL=json.js.map