// Whole-process timings, as a user at a prompt sees them: each everyday command against a bare
// `node -e 0`, and `check` of a large topology against a process that only parses it with the
// project's `yaml` library. Runs are interleaved (command after command, round after round) so
// that the machine's noise falls on all of them alike; the median of each is reported.
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { median } from "../timing";

export interface ProcessTiming {
    name: string;
    argv: string[];
    medianMs: number;
    runs: number;
    /** Median over the floor's median, measured in the same rounds. */
    ratio: number;
}

export interface ColdStart {
    file: string;
    floor: ProcessTiming;
    commands: ProcessTiming[];
}

export interface LargeCheck {
    file: string;
    apis: number;
    scopes: number;
    apps: number;
    yaml: ProcessTiming;
    check: ProcessTiming;
}

interface Spec {
    name: string;
    argv: string[];
}

function timeOnce(argv: readonly string[], cwd: string): number {
    const start = performance.now();
    const run = spawnSync(process.execPath, argv, { cwd, stdio: ["ignore", "ignore", "pipe"], maxBuffer: 64 * 2 ** 20 });
    const ms = performance.now() - start;
    // check exits 1 on errors; anything else (2 usage, 3 internal, a signal) means the timing is not of the command.
    if (run.status !== 0 && run.status !== 1) throw new Error(`node ${argv.join(" ")} exited ${run.status ?? run.signal}: ${run.stderr.toString().trim()}`);
    return ms;
}

/** `rounds` rounds of every spec in turn; the first spec is the floor of the others' ratios. */
function interleaved(specs: readonly Spec[], rounds: number, cwd: string): ProcessTiming[] {
    const times = specs.map(() => [] as number[]);
    for (let round = 0; round < rounds; round++) specs.forEach((spec, i) => times[i]!.push(timeOnce(spec.argv, cwd)));
    const medians = times.map(median);
    return specs.map((spec, i) => ({ ...spec, medianMs: medians[i]!, runs: rounds, ratio: medians[i]! / medians[0]! }));
}

export function measureColdStart(cli: string, file: string, rounds: number): ColdStart {
    const dir = path.dirname(file);
    const specs: Spec[] = [
        { name: "node -e 0", argv: ["-e", "0"] },
        { name: "check", argv: [cli, "check", file] },
        { name: "graph", argv: [cli, "graph", file] },
        { name: "config", argv: [cli, "config", file] },
        { name: "diff", argv: [cli, "diff", file, "--base-file", file] },
        { name: "rules", argv: [cli, "rules"] },
        { name: "--help", argv: [cli, "--help"] },
    ];
    const [floor, ...commands] = interleaved(specs, rounds, dir);
    return { file, floor: floor!, commands };
}

/** `yaml` is resolved from `root` (the project's own copy). */
export function measureLargeCheck(cli: string, root: string, file: string, counts: Pick<LargeCheck, "apis" | "scopes" | "apps">, rounds: number): LargeCheck {
    const parse = `require("yaml").parse(require("fs").readFileSync(${JSON.stringify(file)}, "utf8"))`;
    const [yaml, check] = interleaved(
        [
            { name: "node: yaml.parse", argv: ["-e", parse] },
            { name: "topology check --format json", argv: [cli, "check", file, "--format", "json"] },
        ],
        rounds,
        root,
    );
    return { file, ...counts, yaml: yaml!, check: check! };
}
