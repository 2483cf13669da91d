"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runUnderMocks = exports.PROJECT = exports.MockRunFailure = void 0;
exports.runProgramUnderMocks = runProgramUnderMocks;
// Runs the project's Pulumi program under mocks: what the tests, `topology plan` and the benchmarks
// use instead of `pulumi preview` when there is no Pulumi CLI and no tenant.
const program_1 = require("./program");
const under_mocks_1 = require("./under-mocks");
var under_mocks_2 = require("./under-mocks");
Object.defineProperty(exports, "MockRunFailure", { enumerable: true, get: function () { return under_mocks_2.MockRunFailure; } });
Object.defineProperty(exports, "PROJECT", { enumerable: true, get: function () { return under_mocks_2.PROJECT; } });
Object.defineProperty(exports, "runUnderMocks", { enumerable: true, get: function () { return under_mocks_2.runUnderMocks; } });
/** Runs the program that `pulumi preview` runs, on `topologyFile`; resolves to everything registered, root stack first. */
function runProgramUnderMocks(options) {
    return (0, under_mocks_1.runUnderMocks)(() => (0, program_1.tenantProgram)(options.topologyFile), options);
}
//# sourceMappingURL=mock-run.js.map