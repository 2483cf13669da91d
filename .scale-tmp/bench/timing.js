"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.timeRuns = timeRuns;
exports.peakRssMb = peakRssMb;
exports.acrossProcesses = acrossProcesses;
// Wall-clock timing of repeated runs. The first run pays for compilation and warm-up (what a user
// running the CLI once sees); the median of the runs is the steady cost, used for ratios.
const node_perf_hooks_1 = require("node:perf_hooks");
async function timeRuns(runs, run) {
    const times = [];
    for (let i = 0; i < runs; i++) {
        const start = node_perf_hooks_1.performance.now();
        await run();
        times.push(node_perf_hooks_1.performance.now() - start);
    }
    return { firstMs: times[0], medianMs: median(times), runs };
}
/** Peak resident memory of this process so far, in MB. */
function peakRssMb() {
    return process.resourceUsage().maxRSS / 1024;
}
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
}
/** One timing of runs made in separate processes, each timed alone (first run of each). */
function acrossProcesses(timings) {
    return { firstMs: timings[0].firstMs, medianMs: median(timings.map((t) => t.firstMs)), runs: timings.length };
}
//# sourceMappingURL=timing.js.map