"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.measureProgram = measureProgram;
exports.measureBare = measureBare;
// The topology's Pulumi program under mocks against Pulumi's floor (the bare program registering
// the same resources). Both run through the same mock runner, so they share its settings.
const mock_run_1 = require("../../topology/build/mock-run");
const program_1 = require("../../topology/build/program");
const bare_program_1 = require("../bare-program");
const timing_1 = require("../timing");
function counted(resources) {
    const counts = {};
    for (const r of resources)
        if (r.custom)
            counts[r.type] = (counts[r.type] ?? 0) + 1;
    return { counts, resources: Object.values(counts).reduce((a, b) => a + b, 0) };
}
function withLimit(program, limit) {
    if (limit === undefined)
        return program;
    return () => {
        Error.stackTraceLimit = limit;
        return program();
    };
}
async function measure(program, settings, runs, limit) {
    let registered = [];
    const timing = await (0, timing_1.timeRuns)(runs, async () => {
        registered = await (0, mock_run_1.runUnderMocks)(withLimit(program, limit), settings);
    });
    return { timing, peakRssMb: (0, timing_1.peakRssMb)(), ...counted(registered) };
}
/** What runProgramUnderMocks runs (the program `pulumi preview` runs), with the stack-trace limit variant applied. */
function measureProgram(topologyFile, settings, runs, limit) {
    return measure(() => (0, program_1.tenantProgram)(topologyFile), settings, runs, limit);
}
function measureBare(counts, settings, runs, limit) {
    return measure((0, bare_program_1.bareProgram)(counts), settings, runs, limit);
}
//# sourceMappingURL=program.js.map