// The topology's Pulumi program under mocks against Pulumi's floor (the bare program registering
// the same resources). Both run through the same mock runner, so they share its settings.
import { runUnderMocks, type MockRunSettings, type RegisteredResource } from "../../topology/build/mock-run";
import { tenantProgram } from "../../topology/build/program";
import { bareProgram, type BareShape, type TypeCounts } from "../bare-program";
import { peakRssMb, timeRuns, type Timing } from "../timing";

export interface ProgramResult {
    timing: Timing;
    peakRssMb: number;
    /** Custom resources registered (the Auth0 resources), by type. */
    counts: TypeCounts;
    resources: number;
}

/** undefined: the mock runner's own setting. A number: the limit in force while the program registers. */
export type StackTraceLimit = number | undefined;

function counted(resources: readonly RegisteredResource[]): { counts: TypeCounts; resources: number } {
    const counts: TypeCounts = {};
    for (const r of resources) if (r.custom) counts[r.type] = (counts[r.type] ?? 0) + 1;
    return { counts, resources: Object.values(counts).reduce((a, b) => a + b, 0) };
}

function withLimit(program: () => Promise<object | void>, limit: StackTraceLimit): () => Promise<object | void> {
    if (limit === undefined) return program;
    return () => {
        Error.stackTraceLimit = limit;
        return program();
    };
}

async function measure(program: () => Promise<object | void>, settings: MockRunSettings, runs: number, limit: StackTraceLimit): Promise<ProgramResult> {
    let registered: RegisteredResource[] = [];
    const timing = await timeRuns(runs, async () => {
        registered = await runUnderMocks(withLimit(program, limit), settings);
    });
    return { timing, peakRssMb: peakRssMb(), ...counted(registered) };
}

/** What runProgramUnderMocks runs (the program `pulumi preview` runs), with the stack-trace limit variant applied. */
export function measureProgram(topologyFile: string, settings: MockRunSettings, runs: number, limit: StackTraceLimit): Promise<ProgramResult> {
    return measure(() => tenantProgram(topologyFile), settings, runs, limit);
}

export function measureBare(counts: TypeCounts, shape: BareShape, settings: MockRunSettings, runs: number, limit: StackTraceLimit): Promise<ProgramResult> {
    return measure(bareProgram(counts, shape), settings, runs, limit);
}
