// `node dist/bench/hostile.js`: the worst files within the loader's limits (topology/load/limits.ts),
// each checked by `topology check --format json` in a fresh process: wall time, peak RSS, output
// size and exit code. Written as a table to stdout (bench/README.md keeps one with its machine).
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { LIMITS } from "../topology/load/limits";
import { generateTopology, LARGE_SHAPE } from "./generate";
import { machine } from "./machine";

const ROOT = path.join(__dirname, "../..");
const CLI = path.join(ROOT, "dist/topology/cli/main.js");
const PROBE = path.join(__dirname, "rss-probe.js");

const times = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join("");
/** One element per two counted separators (its line and its opening bracket, or two lines). */
const ELEMENTS = Math.floor(LIMITS.entries / 2) - 10;
const ENTERPRISE = "version: 1\ntenant: {plan: enterprise}\n";

/** Each file as close to the entry limit as its shape allows. */
const FILES: Record<string, () => string> = {
    "2,000 APIs, 20,000 scopes, 3,000 apps (LARGE_SHAPE)": () => generateTopology(2000, LARGE_SHAPE),
    [`${ELEMENTS} APIs {identifier: xN}`]: () => `${ENTERPRISE}apis:\n${times(ELEMENTS, (i) => `  p${i}: {identifier: x${i}}\n`)}`,
    [`${ELEMENTS} apps {type: spa}`]: () => `${ENTERPRISE}apps:\n${times(ELEMENTS, (i) => `  a${i}: {type: spa}\n`)}`,
    [`${ELEMENTS} apps, block style`]: () => `${ENTERPRISE}apps:\n${times(ELEMENTS, (i) => `  a${i}:\n    type: spa\n`)}`,
    [`${ELEMENTS} apps with a schema error`]: () => `version: 1\napps:\n${times(ELEMENTS, (i) => `  a${i}: {type: x}\n`)}`,
    "119 APIs of 995 scopes": () => `${ENTERPRISE}apis:\n${times(119, (a) => `  p${a}:\n    identifier: https://p${a}.example.com\n    scopes:\n${times(995, (i) => `      s${i}: x\n`)}`)}`,
    "1,170 apps of 99 callbacks": () => `${ENTERPRISE}apps:\n${times(1170, (a) => `  a${a}:\n    type: spa\n    callbacks:\n${times(99, (i) => `      - http://a${i}\n`)}`)}`,
    "1,170 apps of 99 undefined variables": () => `${ENTERPRISE}apps:\n${times(1170, (a) => `  a${a}:\n    type: spa\n    callbacks:\n${times(99, (i) => `      - https://\${h${i}}/c\n`)}`)}`,
    "30,000 apps and 14,000 waivers": () => `version: 1\napps:\n${times(30_000, (i) => `  a${i}: {type: spa}\n`)}waivers:\n${times(14_000, (i) => `  - {rule: login-without-callback, target: apps.a${i}, reason: r}\n`)}`,
    "one API of 240,000 scopes (over the limits)": () => `version: 1\napis:\n  p:\n    identifier: https://p.example.com\n    scopes:\n${times(240_000, (i) => `      s${i}: x\n`)}`,
};

function measure(file: string): { ms: number; rssMb: number; outBytes: number; code: number | null } {
    const rssFile = `${file}.rss`;
    const start = performance.now();
    const run = spawnSync(process.execPath, ["--require", PROBE, CLI, "check", file, "--format", "json"], { env: { ...process.env, RSS_PROBE_FILE: rssFile }, maxBuffer: 1 << 30 });
    const ms = performance.now() - start;
    return { ms, rssMb: Number(fs.readFileSync(rssFile, "utf8")), outBytes: run.stdout.length, code: run.status };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-hostile-"));
try {
    const m = machine();
    process.stdout.write(`${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGb} GB, Node ${m.node}, ${m.platform}; load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}\n\n`);
    process.stdout.write("| file | MB | check s | peak RSS MB | JSON KB | exit |\n| --- | ---: | ---: | ---: | ---: | ---: |\n");
    Object.entries(FILES).forEach(([name, text], i) => {
        const file = path.join(dir, `${i}.yaml`);
        fs.writeFileSync(file, text());
        const { ms, rssMb, outBytes, code } = measure(file);
        const mb = (fs.statSync(file).size / 2 ** 20).toFixed(1);
        process.stdout.write(`| ${name} | ${mb} | ${(ms / 1000).toFixed(2)} | ${Math.round(rssMb)} | ${Math.round(outBytes / 1024)} | ${code} |\n`);
    });
} finally {
    fs.rmSync(dir, { recursive: true, force: true });
}
