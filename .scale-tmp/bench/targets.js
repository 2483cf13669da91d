"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.programRatio = exports.perResourceMs = exports.checkRatio = exports.LIMITS = void 0;
exports.checkGrowth = checkGrowth;
exports.verdicts = verdicts;
exports.LIMITS = {
    checkOverYaml: 2,
    /** Growth exponent of check time between consecutive sizes: 1 is linear, 2 quadratic. */
    checkGrowth: 1.2,
    analyzeMs: 2000,
    analyzeResources: 20_000,
    programOverBare: 1.2,
};
const checkRatio = (s) => s.check.timing.medianMs / s.yaml.timing.medianMs;
exports.checkRatio = checkRatio;
const perResourceMs = (p) => p.timing.medianMs / p.resources;
exports.perResourceMs = perResourceMs;
const programRatio = (s) => (0, exports.perResourceMs)(s.program) / (0, exports.perResourceMs)(s.bare);
exports.programRatio = programRatio;
/** log(t2/t1) / log(n2/n1) for each pair of consecutive sizes. */
function checkGrowth(sizes) {
    return sizes.slice(1).map((s, i) => {
        const prev = sizes[i];
        return { from: prev.apis, to: s.apis, exponent: Math.log(s.check.timing.medianMs / prev.check.timing.medianMs) / Math.log(s.apis / prev.apis) };
    });
}
function verdicts(sizes, pack20k) {
    return {
        checkWithin2xYaml: sizes.every((s) => (0, exports.checkRatio)(s) <= exports.LIMITS.checkOverYaml),
        checkLinear: checkGrowth(sizes).every((g) => g.exponent <= exports.LIMITS.checkGrowth),
        analyze20kUnder2s: pack20k === undefined ? undefined : pack20k.resources >= exports.LIMITS.analyzeResources && pack20k.timing.medianMs < exports.LIMITS.analyzeMs,
        programWithin1_2xBare: sizes.every((s) => (0, exports.programRatio)(s) <= exports.LIMITS.programOverBare),
    };
}
//# sourceMappingURL=targets.js.map