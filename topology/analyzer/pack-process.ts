// Starts a policy pack the way the Pulumi CLI does: `run-policy-pack <engine-address> <pack dir>`
// with the pack as working directory; the pack's gRPC server prints its port on stdout.
import { spawn, type ChildProcess } from "node:child_process";
import * as path from "node:path";

export interface PackProcess {
    address: string;
    stop(): void;
}

/**
 * run-policy-pack drops its <engine-address> argument unread (cmd/run-policy-pack/index.js), and a
 * policy pack never calls the engine, so no engine service is needed; this marks the argument unused.
 */
const UNUSED_ENGINE_ADDRESS = "127.0.0.1:0";

/** The run-policy-pack script of the pack's own @pulumi/pulumi, as the CLI's Node.js host resolves it. */
function runPolicyPackScript(packDir: string): string {
    return require.resolve("@pulumi/pulumi/cmd/run-policy-pack", { paths: [packDir] });
}

export function startPack(packDir: string, timeoutMs: number): Promise<PackProcess> {
    const dir = path.resolve(packDir);
    const child: ChildProcess = spawn(process.execPath, [runPolicyPackScript(dir), UNUSED_ENGINE_ADDRESS, "."], {
        cwd: dir,
        stdio: ["ignore", "pipe", "pipe"],
    });
    const stop = () => {
        if (child.exitCode === null && child.signalCode === null) child.kill();
    };
    // A pack outliving its caller would keep serving forever: end it with this process. A caller that
    // opens pack after pack (the bench, a long test) must not collect one listener per pack.
    process.once("exit", stop);
    child.once("exit", () => process.removeListener("exit", stop));
    return new Promise((resolve, reject) => {
        let stdout = "";
        let stderr = "";
        const fail = (why: string) => {
            clearTimeout(timer);
            stop();
            reject(new Error(`policy pack ${dir}: ${why}${stderr.trim() === "" ? "" : `\n${stderr.trim()}`}`));
        };
        const timer = setTimeout(() => fail(`printed no port within ${timeoutMs} ms (is policies/bin built? run \`npm run --prefix policies build\`)`), timeoutMs);
        child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
        child.stdout!.on("data", (chunk: Buffer) => {
            stdout += chunk.toString();
            const port = /^(\d+)\s*$/m.exec(stdout)?.[1];
            if (port === undefined) return;
            clearTimeout(timer);
            child.stdout!.removeAllListeners("data");
            child.stdout!.resume();
            resolve({ address: `127.0.0.1:${port}`, stop });
        });
        child.on("error", (err) => fail(`could not start: ${err.message}`));
        child.on("exit", (code, signal) => fail(`exited before serving (${signal ?? `code ${code}`})`));
    });
}
