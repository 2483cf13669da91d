// The policy pack's AnalyzeStack over what the program plans: the program runs under mocks (preview),
// its resources go to the real pack over gRPC, as `pulumi preview --policy-pack` sends them. Each run
// starts a fresh pack, as each `pulumi preview` does, so every timed call is a first call. The same
// request to a pack with no logic (bench/bare-pack) is the policy SDK's floor.
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { encodeAnalyzeStack, openPack, type PolicyViolation } from "../../topology/analyzer";
import { stackResources } from "../../topology/analyzer/registered";
import { runProgramUnderMocks, type MockRunSettings } from "../../topology/build/mock-run";
import { acrossProcesses, timeRuns, type Timing } from "../timing";

export const BARE_PACK_DIR = path.join(__dirname, "../../../bench/bare-pack");

export interface AnalyzeResult {
    resources: number;
    requestMb: number;
    /** Encoding the request on this side, not timed below (the Pulumi CLI encodes in Go). */
    encodeMs: number;
    /** Configure + AnalyzeStack on the project's pack, each run in a fresh pack process. */
    timing: Timing;
    /** The same calls on the bare pack. */
    floor: Timing;
    violations: number;
    mandatory: number;
}

async function timeFreshPacks(packDir: string, request: Buffer, runs: number): Promise<{ timing: Timing; violations: PolicyViolation[] }> {
    const timings: Timing[] = [];
    let violations: PolicyViolation[] = [];
    for (let i = 0; i < runs; i++) {
        const pack = await openPack({ packDir, timeoutMs: 600_000 });
        try {
            timings.push(await timeRuns(1, async () => (violations = await pack.analyzeEncoded(request))));
        } finally {
            pack.close();
        }
    }
    return { timing: acrossProcesses(timings), violations };
}

export async function measureAnalyze(topologyFile: string, settings: MockRunSettings, packDir: string, runs: number): Promise<AnalyzeResult> {
    const resources = stackResources(await runProgramUnderMocks({ topologyFile, ...settings }));
    const encodeStart = performance.now();
    const request = encodeAnalyzeStack(resources);
    const encodeMs = performance.now() - encodeStart;
    const pack = await timeFreshPacks(packDir, request, runs);
    const floor = await timeFreshPacks(BARE_PACK_DIR, request, runs);
    return {
        resources: resources.length,
        requestMb: request.length / 2 ** 20,
        encodeMs,
        timing: pack.timing,
        floor: floor.timing,
        violations: pack.violations.length,
        mandatory: pack.violations.filter((v) => v.level === "mandatory").length,
    };
}
