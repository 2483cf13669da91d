// The policy SDK serves the Analyzer service itself. The pack needs what the SDK keeps to itself
// (Configure's levels, ConfigureStack's stack and config), and an answer to every AnalyzeStack:
// the SDK fails the whole call, with a JavaScript stack trace, on a value it cannot decode or a
// request it cannot parse. The service's handlers are wrapped when the SDK registers them, each
// then calling the SDK's own; the requests that carry resources are parsed by
// analyzer-requests.ts, and the SDK's property decoder is replaced by one that cannot fail.
import * as grpc from "@grpc/grpc-js";
import * as analyzer from "@pulumi/pulumi/proto/analyzer_pb";
import { readAnalyzeRequest, readAnalyzeStackRequest } from "./analyzer-requests";
import { recordConfiguredLevels, type ConfigureRequest } from "./configured-levels";
import { decodeProperties } from "./decode";
import { pruneDeepValues, type RequestType } from "./prune";
import { recordStackConfigure, type StackConfigureRequest } from "./stack-context";

export interface PackIdentity {
    name: string;
    version: string;
    /** The policy that reports a request the pack could not analyze. */
    policy: string;
}

type Handler = grpc.handleUnaryCall<unknown, unknown>;
type MethodDefinition = grpc.MethodDefinition<unknown, unknown>;

/** Marks a request whose bytes could not be parsed, with the reason. */
const UNPARSED = Symbol("unparsed request");

function firstLine(error: unknown): string {
    const text = error instanceof Error ? ((error as Partial<grpc.ServiceError>).details ?? error.message) : String(error);
    return text.split("\n").find((line) => line.trim() !== "")?.trim() ?? "no reason given";
}

/** One mandatory diagnostic: the stack was not checked, and why (never passed off as clean). */
function notAnalyzed(identity: PackIdentity, reason: string): analyzer.AnalyzeResponse {
    const description = "The stack could not be analyzed.";
    const diagnostic = new analyzer.AnalyzeDiagnostic()
        .setPolicyname(identity.policy)
        .setPolicypackname(identity.name)
        .setPolicypackversion(identity.version)
        .setDescription(description)
        .setMessage(`${description}\nthe policy pack could not analyze this stack, so none of its rules ran: ${reason}`)
        .setEnforcementlevel(analyzer.EnforcementLevel.MANDATORY);
    return new analyzer.AnalyzeResponse().setDiagnosticsList([diagnostic]);
}

/** An analyze handler that answers every call: what the SDK fails with becomes a diagnostic. */
function answering(handler: Handler, identity: PackIdentity): Handler {
    return (call, callback) => {
        const unparsed = (call.request as Record<symbol, string>)[UNPARSED];
        if (unparsed !== undefined) return callback(null, notAnalyzed(identity, unparsed));
        const answer: grpc.sendUnaryData<unknown> = (err, response) =>
            err ? callback(null, notAnalyzed(identity, firstLine(err))) : callback(null, response);
        try {
            handler(call, answer);
        } catch (err) {
            answer(err as grpc.ServiceError);
        }
    };
}

/**
 * The request parser of a method: a request too deeply nested to parse is parsed again with its
 * deepest values cut (prune.ts). What still cannot be parsed is `whenUnparsed(reason)`; without it,
 * the error goes back to the caller, as the SDK's own parser's did.
 */
function requestParser(method: MethodDefinition, read: (bytes: Buffer) => unknown, type: RequestType, whenUnparsed?: (reason: string) => unknown): MethodDefinition {
    return {
        ...method,
        requestDeserialize: (bytes: Buffer) => {
            try {
                return read(bytes);
            } catch (first) {
                try {
                    return read(pruneDeepValues(bytes, type));
                } catch (second) {
                    if (whenUnparsed === undefined) throw second;
                    return whenUnparsed(`its request could not be parsed (${firstLine(first)})`);
                }
            }
        },
    };
}

/** In place of a request: `answering` reports why, and the SDK's handler never sees it. */
const unparsed = (reason: string) => ({ [UNPARSED]: reason });

/** Call once, before the PolicyPack starts its server. */
export function installAnalyzerHooks(identity: PackIdentity): void {
    // server.js calls it through the module's exports object, so replacing the export replaces it there.
    (require("@pulumi/policy/deserialize") as { deserializeProperties: unknown }).deserializeProperties = decodeProperties;
    const addService = grpc.Server.prototype.addService;
    grpc.Server.prototype.addService = function (service, implementation) {
        if (implementation.analyzeStack === undefined) return addService.call(this, service, implementation);
        const configure = implementation.configure as Handler;
        const configureStack = implementation.configureStack as Handler;
        const wrapped: grpc.UntypedServiceImplementation = {
            ...implementation,
            configure: ((call, callback) => {
                recordConfiguredLevels(call.request as ConfigureRequest);
                return configure(call, callback);
            }) satisfies Handler,
            configureStack: ((call, callback) => {
                recordStackConfigure(call.request as StackConfigureRequest);
                return configureStack(call, callback);
            }) satisfies Handler,
            analyze: answering(implementation.analyze as Handler, identity),
            analyzeStack: answering(implementation.analyzeStack as Handler, identity),
        };
        const definition = service as unknown as Record<string, MethodDefinition>;
        const tolerant = {
            ...definition,
            analyze: requestParser(definition.analyze!, readAnalyzeRequest, "analyzeRequest", unparsed),
            remediate: requestParser(definition.remediate!, readAnalyzeRequest, "analyzeRequest"),
            analyzeStack: requestParser(definition.analyzeStack!, readAnalyzeStackRequest, "analyzeStackRequest", unparsed),
        };
        return addService.call(this, tolerant as unknown as grpc.ServiceDefinition, wrapped);
    };
}
