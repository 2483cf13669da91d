"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.loaderFinding = loaderFinding;
/** A finding of the loader itself (yaml-syntax, schema, undefined-variable): no rule runs for it. */
function loaderFinding(rule, source, message, hint, severity = "error") {
    const finding = { rule, severity, message, path: source.path };
    if (hint !== undefined)
        finding.hint = hint;
    if (source.file !== undefined)
        finding.file = source.file;
    if (source.line !== undefined)
        finding.line = source.line;
    if (source.column !== undefined)
        finding.column = source.column;
    return finding;
}
//# sourceMappingURL=finding.js.map