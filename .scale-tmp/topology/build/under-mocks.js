"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.MockRunFailure = exports.PROJECT = void 0;
exports.runUnderMocks = runUnderMocks;
// Runs a resource-registering function as the body of a stack under Pulumi's mocks, without the
// CLI or a tenant, and returns what it registered. preview (the default) behaves like
// `pulumi preview`: new resources have unknown ids and computed outputs.
//
// Pulumi's runtime state is per process; setMocks resets it, so runs may follow each other in one
// process. Runs started concurrently are queued, never interleaved.
const pulumi = __importStar(require("@pulumi/pulumi"));
const recording_monitor_1 = require("./recording-monitor");
exports.PROJECT = "auth0-topology";
/** A run whose program failed; carries what was registered before it did. */
class MockRunFailure extends Error {
    cause;
    resources;
    constructor(cause, resources) {
        super(cause instanceof Error ? cause.message : String(cause));
        this.cause = cause;
        this.resources = resources;
        this.name = "MockRunFailure";
    }
}
exports.MockRunFailure = MockRunFailure;
/** Stand-ins for what the provider computes on create, for update runs. */
function computedOutputs(type, name, inputs) {
    switch (type) {
        case "auth0:index/client:Client":
            return { clientId: `${name}-client-id` };
        case "auth0:index/clientCredentials:ClientCredentials":
            return inputs.authenticationMethod === "none" ? {} : { clientSecret: `${name}-client-secret` };
        default:
            return {};
    }
}
function mocks(preview) {
    return {
        newResource: ({ type, name, inputs, custom }) => preview || custom !== true
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
async function withoutStackTraces(run) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
        return await run();
    }
    finally {
        Error.stackTraceLimit = limit;
    }
}
async function runOnce(program, settings) {
    const resources = [];
    await pulumi.runtime.setMocks(mocks(settings.preview ?? true), settings.project ?? exports.PROJECT, settings.stack, settings.preview ?? true);
    pulumi.runtime.setAllConfig(settings.config);
    (0, recording_monitor_1.recordRegistrations)(pulumi.runtime.getMonitor(), resources);
    let failure;
    // The error is caught inside the stack's body: a rejected stack leaves promises derived from its
    // outputs rejected with nobody awaiting them, which ends the process (Pulumi's CLI host catches
    // those process-wide).
    await pulumi.runtime.runInPulumiStack(async () => {
        try {
            return (await program()) ?? undefined;
        }
        catch (err) {
            failure = { error: err };
            return undefined;
        }
    });
    // Registrations finish after the program returns; wait for all of them.
    await pulumi.runtime.disconnect();
    if (failure !== undefined)
        throw new MockRunFailure(failure.error, resources);
    return resources;
}
let queue = Promise.resolve();
/** Runs `program` as the body of a stack under mocks; resolves to everything registered, root stack first. */
function runUnderMocks(program, settings) {
    const run = queue.then(() => withoutStackTraces(() => runOnce(program, settings)));
    queue = run.catch(() => undefined);
    return run;
}
//# sourceMappingURL=under-mocks.js.map