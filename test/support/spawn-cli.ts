// The `topology` command line as a real process, for what in-process runs cannot show: output
// through an OS pipe, exit codes of the process, and a bounded heap.
import { spawn, type StdioOptions } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

const ROOT = path.join(__dirname, "../..");
/** The executable npm installs (package.json "bin"), which runs the bundle the build made. */
const BIN = path.join(ROOT, "dist/topology/cli/bin.js");
const BUNDLE = path.join(ROOT, "dist/cli/topology.js");

function newestSource(dir: string): number {
    let newest = 0;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
        else if (entry.name.endsWith(".ts")) newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
    return newest;
}

/**
 * The built executable when its bundle is newer than every source (as after `npm ci` or
 * `npm run build`): it starts in a fraction of a second where ts-node takes ten. Otherwise the sources, so that a test never runs
 * stale code.
 */
function entryPoint(): string[] {
    const built = fs.existsSync(BUNDLE) ? fs.statSync(BUNDLE).mtimeMs : 0;
    const sources = Math.max(newestSource(path.join(ROOT, "topology")), newestSource(path.join(ROOT, "policies/src")));
    return built > sources ? [BIN] : ["-r", require.resolve("ts-node/register/transpile-only"), path.join(ROOT, "topology/cli/main.ts")];
}

export interface ProcessRun {
    code: number | null;
    stdout: string;
    stderr: string;
}

export interface SpawnOptions {
    cwd?: string;
    /** The V8 heap limit in MB: a run that needs more fails with an out-of-memory crash. */
    heapMb?: number;
    env?: NodeJS.ProcessEnv;
}

const ENTRY = entryPoint();

/** Node arguments that run the CLI's sources with `args`. */
export function cliArgs(args: readonly string[], heapMb?: number): string[] {
    return [...(heapMb === undefined ? [] : [`--max-old-space-size=${heapMb}`]), ...ENTRY, ...args];
}

function collect(child: ReturnType<typeof spawn>): Promise<ProcessRun> {
    let stdout = "";
    let stderr = "";
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    return new Promise((resolve, reject) => {
        child.on("error", reject);
        child.on("close", (code) => resolve({ code, stdout, stderr }));
    });
}

export function spawnCli(args: readonly string[], options: SpawnOptions = {}): Promise<ProcessRun> {
    const stdio: StdioOptions = ["ignore", "pipe", "pipe"];
    return collect(spawn(process.execPath, cliArgs(args, options.heapMb), { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio }));
}

/**
 * Runs the CLI with its stdout connected by an OS pipe to a second process that reads slowly, as a
 * shell pipeline into a busy consumer does; resolves with what that reader received.
 */
export async function spawnCliIntoSlowReader(args: readonly string[], options: SpawnOptions = {}): Promise<{ cli: number | null; received: string }> {
    const slowReader = `
        let wait = true;
        process.stdin.on("data", (chunk) => {
            process.stdout.write(chunk);
            if (wait) { wait = false; process.stdin.pause(); setTimeout(() => process.stdin.resume(), 500); }
        });`;
    const reader = spawn(process.execPath, ["-e", slowReader], { stdio: ["pipe", "pipe", "ignore"] });
    const received = collect(reader);
    const cli = spawn(process.execPath, cliArgs(args, options.heapMb), { cwd: options.cwd, stdio: ["ignore", reader.stdin, "ignore"] });
    const code = await new Promise<number | null>((resolve, reject) => cli.on("error", reject).on("exit", resolve));
    // This process holds the pipe's other writing end: close it so the reader sees the end.
    reader.stdin?.destroy();
    return { cli: code, received: (await received).stdout };
}
