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
    /** Answers for what mocks cannot know: provider function results and other stacks' outputs. */
    stubs?: MockStubs;
    /** How to tell the user to stub what the program asks for and `stubs` lacks (a config key to set). */
    stubHint?: (what: "call" | "stackReference", name: string) => string;
}

export interface MockStubs {
    /** Per provider function token (auth0:index/getClient:getClient), its result. */
    calls?: Record<string, Record<string, unknown>>;
    /** Per stack reference name (org/project/stack), its outputs. */
    stackReferences?: Record<string, Record<string, unknown>>;
}

const STACK_REFERENCE_TYPE = "pulumi:pulumi:StackReference";

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

/**
 * What the program asked for and `stubs` lacks is answered with nothing (unknown outputs of the
 * stack reference, an empty function result) and recorded: the run then fails naming each one.
 * Failing inside the mock instead would reject promises the program never awaits.
 */
function mocks(settings: MockRunSettings, preview: boolean, missing: string[]): pulumi.runtime.Mocks {
    const hint = (what: "call" | "stackReference", name: string) => (settings.stubHint === undefined ? "" : `; ${settings.stubHint(what, name)}`);
    return {
        newResource: ({ type, name, inputs, custom }) => {
            if (type === STACK_REFERENCE_TYPE) {
                const stack = typeof inputs.name === "string" ? inputs.name : name;
                const outputs = settings.stubs?.stackReferences?.[stack];
                if (outputs === undefined) missing.push(`the program reads stack reference '${stack}', which mock runs cannot read${hint("stackReference", stack)}`);
                return { id: stack, state: { name: stack, outputs: outputs ?? pulumi.runtime.unknownValue, secretOutputNames: [] } };
            }
            return preview || custom !== true
                ? { id: undefined, state: inputs }
                : { id: `${name}-id`, state: { ...inputs, ...computedOutputs(type, name, inputs) } };
        },
        call: ({ token }) => {
            const result = settings.stubs?.calls?.[token];
            if (result === undefined) missing.push(`the program called provider function ${token}, which mock runs do not answer${hint("call", token)}`);
            return result ?? {};
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
    const missing: string[] = [];
    await pulumi.runtime.setMocks(mocks(settings, preview, missing), settings.project ?? PROJECT, settings.stack, preview);
    pulumi.runtime.setAllConfig(settings.config);
    recordRegistrations(pulumi.runtime.getMonitor() as unknown as MockMonitor, resources);
    let failure: { error: unknown } | undefined;
    // A registration the mocks refuse (a stack reference without a stub) rejects outputs nobody
    // awaits; Pulumi's language host catches those process-wide, and so does a mock run.
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on("unhandledRejection", onRejection);
    try {
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
        // Rejections are reported on the turn after they happen.
        await new Promise((resolve) => setImmediate(resolve));
    } finally {
        process.off("unhandledRejection", onRejection);
    }
    // What the mocks could not answer explains whatever failed after it.
    if (missing.length > 0) failure = { error: new Error(missing.join("\n")) };
    else if (failure === undefined && rejections.length > 0) failure = { error: rejections[0] };
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
