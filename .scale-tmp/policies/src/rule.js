"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SEVERITIES = void 0;
exports.defineRule = defineRule;
exports.SEVERITIES = ["error", "warning", "info"];
function defineRule(rule) {
    return rule;
}
//# sourceMappingURL=rule.js.map