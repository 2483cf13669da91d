"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.measureAnalyze = measureAnalyze;
// The policy pack's AnalyzeStack over what the program plans: the program runs under mocks (preview),
// its resources go to the real pack over gRPC, as `pulumi preview --policy-pack` sends them.
const node_perf_hooks_1 = require("node:perf_hooks");
const analyzer_1 = require("../../topology/analyzer");
const registered_1 = require("../../topology/analyzer/registered");
const wire_1 = require("../../topology/analyzer/wire");
const mock_run_1 = require("../../topology/build/mock-run");
const timing_1 = require("../timing");
async function measureAnalyze(topologyFile, settings, packDir, runs) {
    const resources = (0, registered_1.stackResources)(await (0, mock_run_1.runProgramUnderMocks)({ topologyFile, ...settings }));
    const marshalStart = node_perf_hooks_1.performance.now();
    resources.map(wire_1.toAnalyzerResource);
    const marshalMs = node_perf_hooks_1.performance.now() - marshalStart;
    const pack = await (0, analyzer_1.openPack)({ packDir, timeoutMs: 600_000 });
    try {
        let violations = [];
        const timing = await (0, timing_1.timeRuns)(runs, async () => {
            violations = await pack.analyze(resources);
        });
        return { resources: resources.length, timing, marshalMs, violations: violations.length, mandatory: violations.filter((v) => v.level === "mandatory").length };
    }
    finally {
        pack.close();
    }
}
//# sourceMappingURL=analyze.js.map