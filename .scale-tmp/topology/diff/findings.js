"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.findingDelta = findingDelta;
const identity = (f) => JSON.stringify([f.rule, f.path, f.message, f.waived?.reason ?? null]);
function findingDelta(base, head) {
    const before = new Set(base.map(identity));
    const after = new Set(head.map(identity));
    return { added: head.filter((f) => !before.has(identity(f))), resolved: base.filter((f) => !after.has(identity(f))) };
}
//# sourceMappingURL=findings.js.map