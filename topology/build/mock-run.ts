// Runs the project's Pulumi program under mocks: what the tests, `topology plan` and the benchmarks
// use instead of `pulumi preview` when there is no Pulumi CLI and no tenant.
import { tenantProgram } from "./program";
import { runUnderMocks, type MockRunSettings, type RegisteredResource } from "./under-mocks";

export { MockRunFailure, PROJECT, runUnderMocks, type MockRunSettings, type RegisteredResource } from "./under-mocks";

export interface MockRunOptions extends MockRunSettings {
    /** The topology file; the stack's Pulumi.<stack>.yaml is looked up beside it. */
    topologyFile: string;
}

/** Runs the program that `pulumi preview` runs, on `topologyFile`; resolves to everything registered, root stack first. */
export function runProgramUnderMocks(options: MockRunOptions): Promise<RegisteredResource[]> {
    return runUnderMocks(() => tenantProgram(options.topologyFile), options);
}
