// Wall-clock timing of repeated runs. The first run pays for compilation and warm-up (what a user
// running the CLI once sees); the median of the runs is the steady cost, used for ratios.
import { performance } from "node:perf_hooks";

export interface Timing {
    firstMs: number;
    medianMs: number;
    runs: number;
}

export async function timeRuns(runs: number, run: () => unknown): Promise<Timing> {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
        const start = performance.now();
        await run();
        times.push(performance.now() - start);
    }
    return { firstMs: times[0]!, medianMs: median(times), runs };
}

/** Peak resident memory of this process so far, in MB. */
export function peakRssMb(): number {
    return process.resourceUsage().maxRSS / 1024;
}

export function median(values: readonly number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)]!;
}

/** Per round, a measurement's time over its floor's run in the same round (first runs: each process is timed alone). */
export function roundRatios(timings: readonly Timing[], floors: readonly Timing[]): number[] {
    return timings.map((t, i) => t.firstMs / floors[i]!.firstMs);
}

/** One timing of runs made in separate processes, each timed alone (first run of each). */
export function acrossProcesses(timings: readonly Timing[]): Timing {
    return { firstMs: timings[0]!.firstMs, medianMs: median(timings.map((t) => t.firstMs)), runs: timings.length };
}
