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
exports.startPack = startPack;
// Starts a policy pack the way the Pulumi CLI does: `run-policy-pack <engine-address> <pack dir>`
// with the pack as working directory; the pack's gRPC server prints its port on stdout.
const node_child_process_1 = require("node:child_process");
const path = __importStar(require("node:path"));
/**
 * run-policy-pack drops its <engine-address> argument unread (cmd/run-policy-pack/index.js), and a
 * policy pack never calls the engine, so no engine service is needed; this marks the argument unused.
 */
const UNUSED_ENGINE_ADDRESS = "127.0.0.1:0";
/** The run-policy-pack script of the pack's own @pulumi/pulumi, as the CLI's Node.js host resolves it. */
function runPolicyPackScript(packDir) {
    return require.resolve("@pulumi/pulumi/cmd/run-policy-pack", { paths: [packDir] });
}
function startPack(packDir, timeoutMs) {
    const dir = path.resolve(packDir);
    const child = (0, node_child_process_1.spawn)(process.execPath, [runPolicyPackScript(dir), UNUSED_ENGINE_ADDRESS, "."], {
        cwd: dir,
        stdio: ["ignore", "pipe", "inherit"],
    });
    const stop = () => {
        if (child.exitCode === null && child.signalCode === null)
            child.kill();
    };
    return new Promise((resolve, reject) => {
        let stdout = "";
        let stderr = "";
        const fail = (why) => {
            clearTimeout(timer);
            stop();
            reject(new Error(`policy pack ${dir}: ${why}${stderr.trim() === "" ? "" : `\n${stderr.trim()}`}`));
        };
        const timer = setTimeout(() => fail(`printed no port within ${timeoutMs} ms (is policies/bin built? run \`npm run --prefix policies build\`)`), timeoutMs);
        child.stderr.on("data", (chunk) => (stderr += chunk.toString()));
        child.stdout.on("data", (chunk) => {
            stdout += chunk.toString();
            const port = /^(\d+)\s*$/m.exec(stdout)?.[1];
            if (port === undefined)
                return;
            clearTimeout(timer);
            child.stdout.removeAllListeners("data");
            child.stdout.resume();
            resolve({ address: `127.0.0.1:${port}`, stop });
        });
        child.on("error", (err) => fail(`could not start: ${err.message}`));
        child.on("exit", (code, signal) => fail(`exited before serving (${signal ?? `code ${code}`})`));
    });
}
//# sourceMappingURL=pack-process.js.map