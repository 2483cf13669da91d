"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sorted = void 0;
exports.compareFields = compareFields;
exports.setDelta = setDelta;
exports.plain = plain;
exports.setField = setField;
exports.when = when;
function compareFields(rules, before, after, context) {
    const fields = [];
    const risks = [];
    for (const rule of rules) {
        if (JSON.stringify(rule.value(before)) === JSON.stringify(rule.value(after)))
            continue;
        fields.push({ field: rule.field, before: rule.show(before), after: rule.show(after) });
        risks.push(...(rule.risks?.(before, after, context) ?? []));
    }
    return { fields, risks };
}
const sorted = (values) => [...new Set(values)].sort();
exports.sorted = sorted;
function setDelta(before, after) {
    const b = new Set(before);
    const a = new Set(after);
    return { added: (0, exports.sorted)(after.filter((v) => !b.has(v))), removed: (0, exports.sorted)(before.filter((v) => !a.has(v))) };
}
/** A plain field: shown as is, no risk of its own. */
function plain(field, get) {
    return { field, value: get, show: (e) => String(get(e) ?? "(none)") };
}
/** A set-valued field whose additions and removals carry their own risks. */
function setField(field, get, assess) {
    return {
        field,
        value: (e) => (0, exports.sorted)(get(e)),
        show: (e) => (get(e).length === 0 ? "(none)" : (0, exports.sorted)(get(e)).join(", ")),
        risks: (before, after, context) => assess(setDelta(get(before), get(after)), after, context),
    };
}
/** A risk note only when the condition holds. */
function when(condition, note) {
    return condition ? [note] : [];
}
//# sourceMappingURL=fields.js.map