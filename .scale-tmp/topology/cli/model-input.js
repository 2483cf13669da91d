"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TopologyInputError = exports.DEFAULT_FILE = void 0;
exports.checkedModel = checkedModel;
exports.reportingInputErrors = reportingInputErrors;
const check_1 = require("../check");
const text_1 = require("../report/text");
exports.DEFAULT_FILE = "topology.yaml";
class TopologyInputError extends Error {
    name = "TopologyInputError";
}
exports.TopologyInputError = TopologyInputError;
/** Loads and checks; throws TopologyInputError (with the formatted findings) when there is no model. */
function checkedModel(options, what) {
    const { model, findings } = (0, check_1.checkTopology)(options);
    if (model === undefined)
        throw new TopologyInputError(`${what} does not load:\n${(0, text_1.formatFindings)(findings)}`);
    return { model, findings };
}
/** Runs a command body; a topology that does not load is printed and ends the command with exit 1. */
function reportingInputErrors(body) {
    try {
        body();
    }
    catch (err) {
        if (!(err instanceof TopologyInputError))
            throw err;
        process.stderr.write(`${err.message}\n`);
        process.exitCode = 1;
    }
}
//# sourceMappingURL=model-input.js.map