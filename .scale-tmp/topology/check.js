"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkTopology = checkTopology;
const rules_1 = require("../policies/src/rules");
const run_1 = require("../policies/src/run");
const load_1 = require("./load");
/** Every finding, loader and rules alike, sorted by position. No model: the file did not load. */
function checkTopology(options) {
    const { model, stack, findings } = (0, load_1.loadTopology)(options);
    if (model === undefined)
        return { stack, findings };
    return { model, stack, findings: [...findings, ...(0, run_1.runRules)(model, rules_1.rules, { levels: options.levels })].sort(run_1.compareFindings) };
}
//# sourceMappingURL=check.js.map