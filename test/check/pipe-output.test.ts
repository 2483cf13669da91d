// Every command's output arrives whole through a pipe into a slow reader: a pipe buffers 64 KiB,
// and a CLI that exits right after writing loses the rest.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCli } from "../support/cli";
import { spawnCliIntoSlowReader } from "../support/spawn-cli";

let dir: string;
let file: string;
let base: string;

/**
 * Many APIs, scopes, machine clients and SPAs: hundreds of KiB of graph, diff and config, and more
 * than 64 KiB of findings even though repeats of one rule are folded past 50 (several rules fire
 * on every SPA: an http callback, no web origin, a scope no role grants).
 */
function bigTopology(apis: number, suffix: string): string {
    const scopes = ["read:things", ...Array.from({ length: 16 }, (_, i) => `write:things-${i}`)];
    const lines = ["version: 1", "apis:"];
    for (let i = 0; i < apis; i++) {
        lines.push(`  api-${i}:`, `    identifier: https://api-${i}.${suffix}.example.com`, `    scopes: { ${scopes.map((s) => `${s}: Change things`).join(", ")} }`);
    }
    lines.push("apps:");
    for (let w = 0; w < 5; w++) {
        lines.push(`  worker-${w}:`, "    type: m2m", "    access:", ...Array.from({ length: apis }, (_, i) => `      api-${i}: [${scopes.slice(0, w + 8).join(", ")}]`));
    }
    for (let i = 0; i < apis; i++) {
        lines.push(`  spa-${i}:`, "    type: spa", `    callbacks: ["http://spa-${i}.${suffix}.example.com/callback"]`, `    access: { api-${i}: [read:things] }`);
    }
    return `${lines.join("\n")}\n`;
}

beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "topology-pipe-"));
    file = path.join(dir, "topology.yaml");
    base = path.join(dir, "base.yaml");
    fs.writeFileSync(file, bigTopology(90, "v2"));
    fs.writeFileSync(base, bigTopology(90, "v1"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const COMMANDS: string[][][] = [
    [["check", "FILE", "--format", "json"]],
    [["check", "FILE", "--format", "sarif"]],
    [["diff", "--base-file", "BASE", "FILE", "--format", "json"]],
    // DOT keeps every scope label (Mermaid leaves them out past 60 arrows).
    [["graph", "FILE", "--format", "dot"]],
    [["config", "FILE"]],
];

it.each(COMMANDS)("%j: all of it reaches a slow reader", async (args) => {
    const argv = args.map((a) => (a === "FILE" ? file : a === "BASE" ? base : a));
    const expected = await runCli(...argv);
    expect(expected.stdout.length).toBeGreaterThan(64 * 1024);
    const piped = await spawnCliIntoSlowReader(argv);
    expect(piped.cli).toBe(expected.code);
    expect(piped.received.length).toBe(expected.stdout.length);
    expect(piped.received).toBe(expected.stdout);
}, 60_000);
