// The policy pack's AnalyzeStack over what the program plans: the program runs under mocks (preview),
// its resources go to the real pack over gRPC, as `pulumi preview --policy-pack` sends them. Each run
// starts a fresh pack, as each `pulumi preview` does, so every timed call is a first call. The same
// request to a pack with no logic (bench/bare-pack) is the policy SDK's floor; to that pack with the
// project pack's request parser (bench/parse-pack), the floor of the pack's parsing, over which
// the pack's own analysis is measured.
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { encodeAnalyzeStack, openPack, type PolicyViolation } from "../../topology/analyzer";
import { stackResources } from "../../topology/analyzer/registered";
import { runProgramUnderMocks, type MockRunSettings } from "../../topology/build/mock-run";
import { acrossProcesses, median, roundRatios, timeRuns, type Timing } from "../timing";

const BARE_PACK_DIR = path.join(__dirname, "../../../bench/bare-pack");
const PARSE_PACK_DIR = path.join(__dirname, "../../../bench/parse-pack");

export interface AnalyzeResult {
    resources: number;
    requestMb: number;
    /** Encoding the request on this side, not timed below (the Pulumi CLI encodes in Go). */
    encodeMs: number;
    /** Configure + AnalyzeStack on the project's pack, each run in a fresh pack process. */
    timing: Timing;
    /** The same calls on the bare pack. */
    floor: Timing;
    /** The same calls on the bare pack parsing as the project's pack does. */
    parseFloor: Timing;
    /** The pack's own analysis: the median of (pack − parse floor) over runs made back to back. */
    ownMs: number;
    /** Per round, the pack's time over the bare pack's run right after it. */
    rounds: number[];
    violations: number;
    mandatory: number;
}

/** Configure + AnalyzeStack, timed, on a pack started for this one call. */
async function timeFreshPack(packDir: string, request: Buffer): Promise<{ timing: Timing; violations: PolicyViolation[] }> {
    const pack = await openPack({ packDir, timeoutMs: 600_000 });
    try {
        let violations: PolicyViolation[] = [];
        const timing = await timeRuns(1, async () => (violations = await pack.analyzeEncoded(request)));
        return { timing, violations };
    } finally {
        pack.close();
    }
}

export async function measureAnalyze(topologyFile: string, settings: MockRunSettings, packDir: string, runs: number): Promise<AnalyzeResult> {
    const resources = stackResources(await runProgramUnderMocks({ topologyFile, ...settings }));
    const encodeStart = performance.now();
    const request = encodeAnalyzeStack(resources);
    const encodeMs = performance.now() - encodeStart;
    // The pack and its floors alternate, so that the machine's drift falls on all alike.
    const packs: Timing[] = [];
    const floors: Timing[] = [];
    const parseFloors: Timing[] = [];
    let violations: PolicyViolation[] = [];
    for (let i = 0; i < runs; i++) {
        const pack = await timeFreshPack(packDir, request);
        packs.push(pack.timing);
        violations = pack.violations;
        floors.push((await timeFreshPack(BARE_PACK_DIR, request)).timing);
        parseFloors.push((await timeFreshPack(PARSE_PACK_DIR, request)).timing);
    }
    return {
        resources: resources.length,
        requestMb: request.length / 2 ** 20,
        encodeMs,
        timing: acrossProcesses(packs),
        floor: acrossProcesses(floors),
        parseFloor: acrossProcesses(parseFloors),
        ownMs: median(packs.map((t, i) => t.firstMs - parseFloors[i]!.firstMs)),
        rounds: roundRatios(packs, floors),
        violations: violations.length,
        mandatory: violations.filter((v) => v.level === "mandatory").length,
    };
}
