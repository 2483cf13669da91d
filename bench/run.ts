// `npm run bench [-- --sizes 100,1000]`: the CLI's cold start against `node -e 0`, `check` of a large
// tenant as a whole process against parsing it with `yaml`, then per generated topology of N APIs,
// each in a fresh process, `check` against the YAML floor, the Pulumi program against Pulumi's
// floor, and the policy pack's AnalyzeStack; prints a table and writes bench/results.json.
// Progress goes to stderr.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Command, InvalidArgumentError } from "commander";
import type { MockRunSettings } from "../topology/build/mock-run";
import { benchTopology, generateTopology, LARGE_SHAPE } from "./generate";
import { machine } from "./machine";
import type { AnalyzeResult } from "./measure/analyze";
import type { CheckResult, FloorResult } from "./measure/check";
import { measureColdStart, measureLargeCheck, type ColdStart, type LargeCheck } from "./measure/cold-start";
import type { ProgramResult } from "./measure/program";
import { runMeasurement } from "./spawn";
import { resultsTable } from "./table";
import { LIMITS, verdicts, type SizeResult } from "./targets";
import { acrossProcesses, roundRatios } from "./timing";

const ROOT = path.join(__dirname, "../..");
const CLI = path.join(ROOT, "dist/topology/cli/bin.js");
/** The repository's own example: what a new user runs first. */
const EXAMPLE = path.join(ROOT, "topology.yaml");
const STACK = "bench";
const SETTINGS: MockRunSettings = {
    stack: STACK,
    config: { "auth0:domain": "bench.eu.auth0.com", "auth0-topology:environment": "development" },
};
/** Node's default; the mock runner lowers it to 0 while a program registers. */
const NODE_STACK_TRACE_LIMIT = 10;

interface Options {
    sizes: number[];
    runs: number;
    programRuns: number;
    analyzeRuns: number;
    packResources: number;
    stackTraces: boolean;
    coldRuns: number;
    largeApis: number;
    largeRuns: number;
    out: string;
}

function positive(value: string): number {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`expected a whole number, not '${value}'`);
    return n;
}

function sizeList(value: string): number[] {
    if (value === "none") return [];
    return value.split(",").map((part) => {
        const n = positive(part.trim());
        if (n === 0) throw new InvalidArgumentError("sizes must be at least 1");
        return n;
    });
}

function progress(message: string): void {
    process.stderr.write(`bench: ${message}\n`);
}

/** Writes the topology of `apis` APIs, with its stack file, into its own directory. */
function writeTopology(workDir: string, apis: number): { file: string; bytes: number } {
    const dir = path.join(workDir, `apis-${apis}`);
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, "topology.yaml");
    const text = generateTopology(apis);
    fs.writeFileSync(file, text);
    const config = Object.entries(SETTINGS.config).map(([key, value]) => `  ${key}: ${value}`);
    fs.writeFileSync(path.join(dir, `Pulumi.${STACK}.yaml`), ["config:", ...config, ""].join("\n"));
    return { file, bytes: Buffer.byteLength(text) };
}

/** One run per process (Pulumi's runtime keeps state between runs), the program and the bare programs alternating. */
async function measurePrograms(
    file: string,
    runs: number,
    stackTraceLimit?: number,
): Promise<{ program: ProgramResult; bare: ProgramResult; wired: ProgramResult; rounds: number[] }> {
    const programs: ProgramResult[] = [];
    const bares: ProgramResult[] = [];
    const wireds: ProgramResult[] = [];
    const traces = stackTraceLimit === undefined ? "" : ` with Error.stackTraceLimit ${stackTraceLimit}`;
    for (let run = 1; run <= runs; run++) {
        progress(`  program under mocks${traces} (${run}/${runs})`);
        programs.push(await runMeasurement<ProgramResult>({ kind: "program", file, settings: SETTINGS, runs: 1, stackTraceLimit }));
        progress(`  bare program, ${programs[0]!.resources} resources${traces} (${run}/${runs})`);
        bares.push(await runMeasurement<ProgramResult>({ kind: "bare", counts: programs[0]!.counts, shape: "flat", settings: SETTINGS, runs: 1, stackTraceLimit }));
        progress(`  bare program wired like the real one${traces} (${run}/${runs})`);
        wireds.push(await runMeasurement<ProgramResult>({ kind: "bare", counts: programs[0]!.counts, shape: "wired", settings: SETTINGS, runs: 1, stackTraceLimit }));
    }
    const combined = (results: ProgramResult[]): ProgramResult => ({
        ...results[0]!,
        timing: acrossProcesses(results.map((r) => r.timing)),
        peakRssMb: Math.max(...results.map((r) => r.peakRssMb)),
    });
    // Each round's program against the flat floor run right after it: the spread of what one round would say.
    const rounds = roundRatios(programs.map((p) => p.timing), bares.map((b) => b.timing));
    return { program: combined(programs), bare: combined(bares), wired: combined(wireds), rounds };
}

async function measureSize(workDir: string, apis: number, options: Options): Promise<SizeResult> {
    const { file, bytes } = writeTopology(workDir, apis);
    const runs = options.runs;
    progress(`${apis} APIs (${(bytes / 2 ** 20).toFixed(1)} MB): check`);
    const check = await runMeasurement<CheckResult>({ kind: "check", file, runs });
    if (check.errors > 0) throw new Error(`the generated topology of ${apis} APIs has ${check.errors} errors, first: ${check.firstError}`);
    progress(`  YAML floor`);
    const yaml = await runMeasurement<FloorResult>({ kind: "yaml", file, runs });
    const { program, bare, wired, rounds } = await measurePrograms(file, options.programRuns);
    progress(`  AnalyzeStack`);
    const analyze = await runMeasurement<AnalyzeResult>({ kind: "analyze", file, settings: SETTINGS, packDir: path.join(ROOT, "policies"), runs: options.analyzeRuns });
    const result: SizeResult = { apis, yamlBytes: bytes, check, yaml, program, bare, wired, programRounds: rounds, analyze };
    if (options.stackTraces) {
        const traced = await measurePrograms(file, options.programRuns, NODE_STACK_TRACE_LIMIT);
        result.programDefaultTraces = traced.program;
        result.bareDefaultTraces = traced.bare;
    }
    return result;
}

/** AnalyzeStack over at least `resources` planned resources, sized from the resources per API measured so far. */
async function measurePack(workDir: string, sizes: readonly SizeResult[], resources: number, runs: number): Promise<AnalyzeResult> {
    const largest = sizes[sizes.length - 1]!;
    const apis = Math.ceil((resources * largest.apis) / largest.analyze.resources);
    const { file } = writeTopology(workDir, apis);
    progress(`AnalyzeStack over about ${resources} resources (${apis} APIs)`);
    return runMeasurement<AnalyzeResult>({ kind: "analyze", file, settings: SETTINGS, packDir: path.join(ROOT, "policies"), runs });
}

/** check of the large tenant (LARGE_SHAPE), a whole process, against one that parses the file with `yaml`. */
function largeCheck(workDir: string, apis: number, runs: number): LargeCheck {
    const topology = benchTopology(apis, LARGE_SHAPE);
    const file = path.join(workDir, "large.yaml");
    fs.writeFileSync(file, generateTopology(apis, LARGE_SHAPE));
    const counts = {
        apis,
        scopes: Object.values(topology.apis ?? {}).reduce((n, api) => n + Object.keys(api.scopes ?? {}).length, 0),
        apps: Object.keys(topology.apps ?? {}).length,
    };
    progress(`check of ${counts.apis} APIs, ${counts.scopes} scopes, ${counts.apps} apps against yaml.parse, ${runs} rounds`);
    return measureLargeCheck(CLI, ROOT, file, counts, runs);
}

async function bench(options: Options): Promise<void> {
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "auth0-topology-bench-"));
    try {
        let coldStart: ColdStart | undefined;
        if (options.coldRuns > 0) {
            progress(`cold start of each command against node -e 0, ${options.coldRuns} rounds`);
            coldStart = measureColdStart(CLI, EXAMPLE, options.coldRuns);
        }
        const large = options.largeApis > 0 ? largeCheck(workDir, options.largeApis, options.largeRuns) : undefined;
        const sizes: SizeResult[] = [];
        for (const apis of options.sizes) sizes.push(await measureSize(workDir, apis, options));
        const pack20k = options.packResources > 0 && sizes.length > 0 ? await measurePack(workDir, sizes, options.packResources, options.analyzeRuns) : undefined;
        const host = machine();
        const judged = verdicts(sizes, pack20k, coldStart, large);
        process.stdout.write(`${resultsTable(sizes, pack20k, judged, host, coldStart, large)}\n`);
        const results = { date: new Date().toISOString(), machine: host, limits: LIMITS, verdicts: judged, coldStart, largeCheck: large, sizes, pack20k };
        fs.writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);
        progress(`wrote ${path.relative(process.cwd(), options.out)}`);
    } finally {
        fs.rmSync(workDir, { recursive: true, force: true });
    }
}

const program = new Command("bench")
    .description("Measure check, the Pulumi program and the policy pack on generated topologies.")
    .option("--cold-runs <n>", "rounds of the cold-start comparison (0: skip)", positive, 10)
    .option("--large-apis <n>", "APIs of the large tenant checked against yaml.parse, 10 scopes each, 1.5 apps per API (0: skip)", positive, 2000)
    .option("--large-runs <n>", "rounds of the large check and its yaml.parse floor", positive, 3)
    .option("--sizes <list>", "numbers of APIs, comma-separated (none: only the two comparisons above)", sizeList, [100, 1000, 5000])
    .option("--runs <n>", "runs of check and the YAML floor per size (median reported)", positive, 5)
    .option("--program-runs <n>", "runs of the program and the bare program per size, each in its own process, interleaved round by round", positive, 5)
    .option("--analyze-runs <n>", "AnalyzeStack calls per size, each on a fresh pack, alternating with the bare pack", positive, 5)
    .option("--pack-resources <n>", "also run AnalyzeStack over at least this many resources (0: skip)", positive, LIMITS.analyzeResources)
    .option("--stack-traces", "also run the programs with Node's default Error.stackTraceLimit", false)
    .option("--out <file>", "where to write the results", path.join(ROOT, "bench/results.json"))
    .action((options: Options) => bench(options));

program.parseAsync(process.argv).catch((err: unknown) => {
    process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
});
