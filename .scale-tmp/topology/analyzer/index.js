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
exports.openPack = openPack;
exports.analyzeStack = analyzeStack;
// Runs a policy pack over a stack's resources exactly as `pulumi preview --policy-pack` does, without
// the Pulumi CLI: start the pack, then call its Analyzer service (GetAnalyzerInfo, Configure,
// AnalyzeStack) over gRPC.
const grpc = __importStar(require("@grpc/grpc-js"));
const analyzer = __importStar(require("@pulumi/pulumi/proto/analyzer_pb"));
const analyzer_grpc_pb_1 = require("@pulumi/pulumi/proto/analyzer_grpc_pb");
const empty_pb_1 = require("google-protobuf/google/protobuf/empty_pb");
const pack_process_1 = require("./pack-process");
const wire_1 = require("./wire");
const LEVELS = {
    [analyzer.EnforcementLevel.ADVISORY]: "advisory",
    [analyzer.EnforcementLevel.MANDATORY]: "mandatory",
    [analyzer.EnforcementLevel.DISABLED]: "disabled",
    [analyzer.EnforcementLevel.REMEDIATE]: "remediate",
};
const LEVEL_CODES = Object.fromEntries(Object.entries(LEVELS).map(([code, level]) => [level, Number(code)]));
function call(what, timeoutMs, fn, request) {
    return new Promise((resolve, reject) => {
        fn(request, new grpc.Metadata(), { deadline: Date.now() + timeoutMs }, (err, res) => err === null ? resolve(res) : reject(new Error(`policy pack ${what} failed: ${err.details || err.message}`)));
    });
}
function packInfo(info) {
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
function configureRequest(config) {
    const request = new analyzer.ConfigureAnalyzerRequest();
    for (const [policy, { enforcementLevel, ...properties }] of Object.entries(config)) {
        const entry = new analyzer.PolicyConfig().setEnforcementlevel(LEVEL_CODES[enforcementLevel ?? "advisory"]).setProperties((0, wire_1.toStruct)(properties));
        request.getPolicyconfigMap().set(policy, entry);
    }
    return request;
}
function violation(d) {
    const prefix = `${d.getDescription()}\n`;
    const message = d.getMessage().startsWith(prefix) ? d.getMessage().slice(prefix.length) : d.getMessage();
    const result = { policy: d.getPolicyname(), level: LEVELS[d.getEnforcementlevel()], message };
    if (d.getUrn() !== "")
        result.urn = d.getUrn();
    return result;
}
async function openPack(options) {
    const timeoutMs = options.timeoutMs ?? 60_000;
    const pack = await (0, pack_process_1.startPack)(options.packDir, timeoutMs);
    const client = new analyzer_grpc_pb_1.AnalyzerClient(pack.address, grpc.credentials.createInsecure());
    const close = () => {
        client.close();
        pack.stop();
    };
    try {
        const info = packInfo(await call("GetAnalyzerInfo", timeoutMs, client.getAnalyzerInfo.bind(client), new empty_pb_1.Empty()));
        const levels = new Map(info.policies.map((p) => [p.name, p.enforcementLevel]));
        return {
            info,
            close,
            async analyze(resources, config = {}) {
                // Like the CLI, configure every policy: its default level unless the config says otherwise.
                const full = Object.fromEntries([...levels].map(([name, level]) => [name, { enforcementLevel: level, ...config[name] }]));
                await call("Configure", timeoutMs, client.configure.bind(client), configureRequest(full));
                const request = new analyzer.AnalyzeStackRequest().setResourcesList(resources.map(wire_1.toAnalyzerResource));
                const response = await call("AnalyzeStack", timeoutMs, client.analyzeStack.bind(client), request);
                return response.getDiagnosticsList().map(violation);
            },
        };
    }
    catch (err) {
        close();
        throw err;
    }
}
/** Starts the pack, analyzes one stack, and stops the pack. */
async function analyzeStack(resources, options) {
    const session = await openPack(options);
    try {
        return await session.analyze(resources, options.config);
    }
    finally {
        session.close();
    }
}
//# sourceMappingURL=index.js.map