// The mock runner lowers Error.stackTraceLimit while a program registers (Pulumi captures a stack
// trace for every promise it tracks; see bench/README.md). Nothing a run produces may depend on it:
// the same program registers exactly the same resources with Node's default limit, and the
// caller's limit is back in place afterwards.
import { Tenant } from "../../topology/build/tenant";
import { runUnderMocks, type RegisteredResource } from "../../topology/build/under-mocks";
import { fixtureModel } from "../build/fixture";

const NODE_DEFAULT_LIMIT = 10;

function registerTenant(limit?: number): Promise<RegisteredResource[]> {
    return runUnderMocks(
        async () => {
            if (limit !== undefined) Error.stackTraceLimit = limit;
            return { ...new Tenant("tenant", fixtureModel()).outputs };
        },
        { stack: "dev", config: {} },
    );
}

it("registers the same resources, inputs, dependencies and outputs with and without stack traces", async () => {
    const lowered = await registerTenant();
    const traced = await registerTenant(NODE_DEFAULT_LIMIT);
    expect(lowered.length).toBeGreaterThan(10);
    expect(lowered).toEqual(traced);
});

it("restores the caller's Error.stackTraceLimit after a run", async () => {
    const before = Error.stackTraceLimit;
    Error.stackTraceLimit = 17;
    try {
        await registerTenant();
        expect(Error.stackTraceLimit).toBe(17);
    } finally {
        Error.stackTraceLimit = before;
    }
});
