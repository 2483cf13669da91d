// Runs a policy pack over a stack's resources exactly as `pulumi preview --policy-pack` does, without
// the Pulumi CLI: start the pack, then call its Analyzer service (GetAnalyzerInfo, Configure,
// AnalyzeStack) over gRPC.
import * as grpc from "@grpc/grpc-js";
import * as analyzer from "@pulumi/pulumi/proto/analyzer_pb";
import { AnalyzerClient, AnalyzerService } from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import { startPack } from "./pack-process";
import { toAnalyzerResource, toStruct, type StackResource } from "./wire";

export type { StackResource } from "./wire";

export type EnforcementLevel = "advisory" | "mandatory" | "disabled" | "remediate";
const LEVELS: Record<analyzer.EnforcementLevel, EnforcementLevel> = {
    [analyzer.EnforcementLevel.ADVISORY]: "advisory",
    [analyzer.EnforcementLevel.MANDATORY]: "mandatory",
    [analyzer.EnforcementLevel.DISABLED]: "disabled",
    [analyzer.EnforcementLevel.REMEDIATE]: "remediate",
};
const LEVEL_CODES = Object.fromEntries(Object.entries(LEVELS).map(([code, level]) => [level, Number(code)])) as Record<
    EnforcementLevel,
    analyzer.EnforcementLevel
>;

/** Per policy name, as in a `--policy-pack-config` file: an enforcement level and the policy's config properties. */
export type PolicyPackConfig = Record<string, { enforcementLevel?: EnforcementLevel } & Record<string, unknown>>;

export interface PolicyViolation {
    policy: string;
    level: EnforcementLevel;
    urn?: string;
    /** The violation without the policy description the SDK puts in front of it. */
    message: string;
}

export interface PackInfo {
    name: string;
    version: string;
    policies: { name: string; enforcementLevel: EnforcementLevel; description: string }[];
}

export interface PackSession {
    info: PackInfo;
    analyze(resources: readonly StackResource[], config?: PolicyPackConfig): Promise<PolicyViolation[]>;
    /** Sends a Configure, then AnalyzeStack with a request already encoded by `encodeAnalyzeStack`. */
    analyzeEncoded(request: Buffer, config?: PolicyPackConfig): Promise<PolicyViolation[]>;
    close(): void;
}

/**
 * The AnalyzeStack request as bytes on the wire. Encoding 20,000 resources takes this side seconds
 * in JavaScript (the Pulumi CLI does it in Go), so the benchmark encodes first and times the call alone.
 */
export function encodeAnalyzeStack(resources: readonly StackResource[]): Buffer {
    return Buffer.from(new analyzer.AnalyzeStackRequest().setResourcesList(resources.map(toAnalyzerResource)).serializeBinary());
}

/** What the engine tells a pack about the stack before analysing it (ConfigureStack). */
export interface StackInfo {
    stack: string;
    project: string;
    /** The stack's configuration ("ns:key" -> text), as in Pulumi.<stack>.yaml. */
    config: Record<string, string>;
    /** Keys of config values that are secrets. */
    secretKeys?: string[];
    dryRun?: boolean;
}

/**
 * Pulumi's CLI, language hosts and the policy SDK all raise gRPC's 4 MiB default message limit
 * to 400 MiB (maxRPCMessageSize in @pulumi/policy's server.js): an answer of many findings
 * (a topology of thousands of APIs) is larger than 4 MiB.
 */
export const MAX_RPC_MESSAGE_SIZE = 400 * 1024 * 1024;

export interface PackOptions {
    /** The policy pack directory (its bin/ must be built). */
    packDir: string;
    /** Per step: starting the pack, and each gRPC call. Default 60 s. */
    timeoutMs?: number;
    /** Sent with ConfigureStack right after the pack starts, as the engine does. */
    stack?: StackInfo;
}

function call<Req, Res>(
    what: string,
    timeoutMs: number,
    fn: (req: Req, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, cb: (err: grpc.ServiceError | null, res?: Res) => void) => unknown,
    request: Req,
): Promise<Res> {
    return new Promise((resolve, reject) => {
        fn(request, new grpc.Metadata(), { deadline: Date.now() + timeoutMs }, (err, res) =>
            err === null && res !== undefined ? resolve(res) : reject(new Error(`policy pack ${what} failed: ${err === null ? "no answer" : err.details || err.message}`)),
        );
    });
}

function packInfo(info: analyzer.AnalyzerInfo): PackInfo {
    return {
        name: info.getName(),
        version: info.getVersion(),
        policies: info.getPoliciesList().map((p) => ({
            name: p.getName(),
            enforcementLevel: LEVELS[p.getEnforcementlevel()],
            description: p.getDescription(),
        })),
    };
}

function configureRequest(config: PolicyPackConfig): analyzer.ConfigureAnalyzerRequest {
    const request = new analyzer.ConfigureAnalyzerRequest();
    for (const [policy, { enforcementLevel, ...properties }] of Object.entries(config)) {
        const entry = new analyzer.PolicyConfig().setEnforcementlevel(LEVEL_CODES[enforcementLevel ?? "advisory"]).setProperties(toStruct(properties));
        request.getPolicyconfigMap().set(policy, entry);
    }
    return request;
}

function configureStackRequest(stack: StackInfo): analyzer.AnalyzerStackConfigureRequest {
    const request = new analyzer.AnalyzerStackConfigureRequest()
        .setStack(stack.stack)
        .setProject(stack.project)
        .setDryRun(stack.dryRun ?? true)
        .setConfigSecretKeysList(stack.secretKeys ?? []);
    for (const [key, value] of Object.entries(stack.config)) request.getConfigMap().set(key, value);
    return request;
}

function violation(d: analyzer.AnalyzeDiagnostic): PolicyViolation {
    const prefix = `${d.getDescription()}\n`;
    const message = d.getMessage().startsWith(prefix) ? d.getMessage().slice(prefix.length) : d.getMessage();
    const result: PolicyViolation = { policy: d.getPolicyname(), level: LEVELS[d.getEnforcementlevel()], message };
    if (d.getUrn() !== "") result.urn = d.getUrn();
    return result;
}

export async function openPack(options: PackOptions): Promise<PackSession> {
    const timeoutMs = options.timeoutMs ?? 60_000;
    const pack = await startPack(options.packDir, timeoutMs);
    const client = new AnalyzerClient(pack.address, grpc.credentials.createInsecure(), {
        "grpc.max_receive_message_length": MAX_RPC_MESSAGE_SIZE,
        "grpc.max_send_message_length": MAX_RPC_MESSAGE_SIZE,
    });
    const close = () => {
        client.close();
        pack.stop();
    };
    try {
        if (options.stack !== undefined) await call("ConfigureStack", timeoutMs, client.configureStack.bind(client), configureStackRequest(options.stack));
        const info = packInfo(await call("GetAnalyzerInfo", timeoutMs, client.getAnalyzerInfo.bind(client), new Empty()));
        const levels = new Map(info.policies.map((p) => [p.name, p.enforcementLevel]));
        const { path: analyzeStackPath, responseDeserialize } = AnalyzerService.analyzeStack;
        const sendEncoded = (request: Buffer, metadata: grpc.Metadata, options: Partial<grpc.CallOptions>, cb: grpc.requestCallback<analyzer.AnalyzeResponse>) =>
            client.makeUnaryRequest(analyzeStackPath, (bytes: Buffer) => bytes, responseDeserialize, request, metadata, options, cb);
        const analyzeEncoded = async (request: Buffer, config: PolicyPackConfig = {}) => {
            // Like the CLI, configure every policy: its default level unless the config says otherwise.
            const full: PolicyPackConfig = Object.fromEntries([...levels].map(([name, level]) => [name, { enforcementLevel: level, ...config[name] }]));
            await call("Configure", timeoutMs, client.configure.bind(client), configureRequest(full));
            const response = await call("AnalyzeStack", timeoutMs, sendEncoded, request);
            return response.getDiagnosticsList().map(violation);
        };
        return {
            info,
            close,
            analyzeEncoded,
            analyze: (resources, config) => analyzeEncoded(encodeAnalyzeStack(resources), config),
        };
    } catch (err) {
        close();
        throw err;
    }
}

/** Starts the pack, analyzes one stack, and stops the pack. */
export async function analyzeStack(resources: readonly StackResource[], options: PackOptions & { config?: PolicyPackConfig }): Promise<PolicyViolation[]> {
    const session = await openPack(options);
    try {
        return await session.analyze(resources, options.config);
    } finally {
        session.close();
    }
}
