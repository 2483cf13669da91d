// Runs a resource-registering function as the body of a stack under Pulumi's mocks, without the
// CLI or a tenant, and returns what it registered. preview (the default) behaves like
// `pulumi preview`: new resources have unknown ids and computed outputs.
//
// Pulumi's runtime state is per process; setMocks resets it, so runs may follow each other in one
// process. Runs started concurrently are queued, never interleaved.
import * as pulumi from "@pulumi/pulumi";
import type { MockMonitor } from "@pulumi/pulumi/runtime/mocks";
import { recordRegistrations, type RegisteredResource } from "./recording-monitor";

export type { RegisteredResource } from "./recording-monitor";

export const PROJECT = "auth0-topology";

export interface MockRunSettings {
    stack: string;
    /** Stack configuration as `pulumi config` holds it: "auth0:domain", "auth0-topology:environment", objects as JSON text. */
    config: Record<string, string>;
    /** Default: auth0-topology. */
    project?: string;
    /** Default true. false: an update, where the mocks stand in for the provider's computed outputs. */
    preview?: boolean;
}

/** A run whose program failed; carries what was registered before it did. */
export class MockRunFailure extends Error {
    constructor(
        readonly cause: unknown,
        readonly resources: RegisteredResource[],
    ) {
        super(cause instanceof Error ? cause.message : String(cause));
        this.name = "MockRunFailure";
    }
}

/** Stand-ins for what the provider computes on create, for update runs. */
function computedOutputs(type: string, name: string, inputs: Record<string, unknown>): Record<string, unknown> {
    switch (type) {
        case "auth0:index/client:Client":
            return { clientId: `${name}-client-id` };
        case "auth0:index/clientCredentials:ClientCredentials":
            return inputs.authenticationMethod === "none" ? {} : { clientSecret: `${name}-client-secret` };
        default:
            return {};
    }
}

function mocks(preview: boolean): pulumi.runtime.Mocks {
    return {
        newResource: ({ type, name, inputs, custom }) =>
            preview || custom !== true
                ? { id: undefined, state: inputs }
                : { id: `${name}-id`, state: { ...inputs, ...computedOutputs(type, name, inputs) } },
        call: ({ token }) => {
            throw new Error(`the program called provider function ${token}, which mock runs do not answer`);
        },
    };
}

/**
 * The runtime captures a stack trace for every promise it tracks and every resource it registers;
 * with source maps loaded (ts-node, Jest) that is most of a run's time. Mock runs need no traces.
 */
async function withoutStackTraces<T>(run: () => Promise<T>): Promise<T> {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
        return await run();
    } finally {
        Error.stackTraceLimit = limit;
    }
}

async function runOnce(program: () => Promise<object | void>, settings: MockRunSettings): Promise<RegisteredResource[]> {
    const resources: RegisteredResource[] = [];
    const preview = settings.preview ?? true;
    await pulumi.runtime.setMocks(mocks(preview), settings.project ?? PROJECT, settings.stack, preview);
    pulumi.runtime.setAllConfig(settings.config);
    recordRegistrations(pulumi.runtime.getMonitor() as unknown as MockMonitor, resources);
    let failure: { error: unknown } | undefined;
    // The error is caught inside the stack's body: a rejected stack leaves promises derived from its
    // outputs rejected with nobody awaiting them, which ends the process (Pulumi's CLI host catches
    // those process-wide).
    await pulumi.runtime.runInPulumiStack(async () => {
        try {
            return (await program()) ?? undefined;
        } catch (err) {
            failure = { error: err };
            return undefined;
        }
    });
    // Registrations finish after the program returns; wait for all of them.
    await pulumi.runtime.disconnect();
    if (failure !== undefined) throw new MockRunFailure(failure.error, resources);
    return resources;
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs `program` as the body of a stack under mocks; resolves to everything registered, root stack first. */
export function runUnderMocks(program: () => Promise<object | void>, settings: MockRunSettings): Promise<RegisteredResource[]> {
    const run = queue.then(() => withoutStackTraces(() => runOnce(program, settings)));
    queue = run.catch(() => undefined);
    return run;
}
