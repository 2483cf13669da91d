// The policy pack's AnalyzeStack over what the program plans: the program runs under mocks (preview),
// its resources go to the real pack over gRPC, as `pulumi preview --policy-pack` sends them.
import { performance } from "node:perf_hooks";
import { openPack } from "../../topology/analyzer";
import { stackResources } from "../../topology/analyzer/registered";
import { toAnalyzerResource } from "../../topology/analyzer/wire";
import { runProgramUnderMocks, type MockRunSettings } from "../../topology/build/mock-run";
import { timeRuns, type Timing } from "../timing";

export interface AnalyzeResult {
    resources: number;
    /** The whole call as the harness makes it: marshalling here, Configure, AnalyzeStack in the pack. */
    timing: Timing;
    /** Of that, building the request messages on this side (the Pulumi CLI does this in Go). */
    marshalMs: number;
    violations: number;
    mandatory: number;
}

export async function measureAnalyze(topologyFile: string, settings: MockRunSettings, packDir: string, runs: number): Promise<AnalyzeResult> {
    const resources = stackResources(await runProgramUnderMocks({ topologyFile, ...settings }));
    const marshalStart = performance.now();
    resources.map(toAnalyzerResource);
    const marshalMs = performance.now() - marshalStart;

    const pack = await openPack({ packDir, timeoutMs: 600_000 });
    try {
        let violations: Awaited<ReturnType<typeof pack.analyze>> = [];
        const timing = await timeRuns(runs, async () => {
            violations = await pack.analyze(resources);
        });
        return { resources: resources.length, timing, marshalMs, violations: violations.length, mandatory: violations.filter((v) => v.level === "mandatory").length };
    } finally {
        pack.close();
    }
}
