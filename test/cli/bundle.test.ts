// The `topology` executable as npm installs it (package.json "bin"): the bundled CLI, compiled
// from the code cache the build made, loading none of the Pulumi SDK, the provider, gRPC or the
// Management API client for the everyday commands.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { assertRootBuilt } from "../pack/pack-build";

const ROOT = path.join(__dirname, "../..");
const BIN = path.join(ROOT, (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { bin: { topology: string } }).bin.topology);
const RECORDER = path.join(__dirname, "../support/record-requires.js");
const HEAVY = ["@pulumi/pulumi", "@pulumi/auth0", "@grpc/grpc-js", "auth0"];

let dir: string;
beforeAll(() => {
    assertRootBuilt();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "topology-bin-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs `node -r recorder ARGS` in the repository; returns the exit code, stdout and the packages required. */
function recorded(args: readonly string[]): { code: number | null; stdout: string; required: string[] } {
    const record = path.join(dir, `${Math.random().toString(36).slice(2)}.txt`);
    const run = spawnSync(process.execPath, ["-r", RECORDER, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, RECORD_REQUIRES: record } });
    return { code: run.status, stdout: run.stdout, required: fs.readFileSync(record, "utf8").split("\n").filter(Boolean) };
}

it("the executable is the bundle, and V8 accepts the code cache the build wrote beside it", () => {
    const probe = `const { loadBundle, BUNDLE_FILE } = require(${JSON.stringify(path.join(ROOT, "dist/topology/cli/bundle.js"))});
        const { script } = loadBundle();
        process.stdout.write(JSON.stringify({ rejected: script.cachedDataRejected, file: BUNDLE_FILE }));`;
    const run = spawnSync(process.execPath, ["-e", probe], { encoding: "utf8" });
    expect(JSON.parse(run.stdout)).toEqual({ rejected: false, file: path.join(ROOT, "dist/cli/topology.js") });
    expect(fs.readFileSync(BIN, "utf8")).toMatch(/^#!\/usr\/bin\/env node\n/);
});

const example = path.join(ROOT, "examples/third-party-bank.yaml");
it.each([
    ["check", ["check"]],
    ["check --format sarif", ["check", "--format", "sarif"]],
    ["graph", ["graph"]],
    ["config", ["config"]],
    ["diff", ["diff", "--base-file", example]],
    ["rules", ["rules"]],
    ["--help", ["--help"]],
])("%s through the executable: the compiled modules' output, none of the heavy packages", (_name, argv) => {
    const run = recorded([BIN, ...argv]);
    const modules = spawnSync(process.execPath, [path.join(ROOT, "dist/topology/cli/main.js"), ...argv], { cwd: ROOT, encoding: "utf8" });
    expect(run.code).toBe(modules.status);
    expect(run.stdout).toBe(modules.stdout);
    expect(run.stdout.length).toBeGreaterThan(0);
    expect(run.required.filter((p) => HEAVY.includes(p))).toEqual([]);
});

it("plan through the executable loads the Pulumi SDK and the provider it runs (and the recorder sees them)", () => {
    const run = recorded([BIN, "plan", "--stack", "dev"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/policy violations/);
    expect(run.required).toEqual(expect.arrayContaining(["@pulumi/pulumi", "@pulumi/auth0", "@grpc/grpc-js"]));
});
