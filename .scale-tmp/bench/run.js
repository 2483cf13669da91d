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
// `npm run bench [-- --sizes 100,1000]`: generates topologies of N APIs and measures, each in a fresh
// process, `check` against the YAML floor, the Pulumi program against Pulumi's floor, and the policy
// pack's AnalyzeStack; prints a table and writes bench/results.json. Progress goes to stderr.
const fs = __importStar(require("node:fs"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const commander_1 = require("commander");
const generate_1 = require("./generate");
const machine_1 = require("./machine");
const spawn_1 = require("./spawn");
const table_1 = require("./table");
const targets_1 = require("./targets");
const timing_1 = require("./timing");
const ROOT = path.join(__dirname, "../..");
const STACK = "bench";
const SETTINGS = {
    stack: STACK,
    config: { "auth0:domain": "bench.eu.auth0.com", "auth0-topology:environment": "development" },
};
/** Node's default; the mock runner lowers it to 0 while a program registers. */
const NODE_STACK_TRACE_LIMIT = 10;
function positive(value) {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0)
        throw new commander_1.InvalidArgumentError(`expected a whole number, not '${value}'`);
    return n;
}
function sizeList(value) {
    return value.split(",").map((part) => {
        const n = positive(part.trim());
        if (n === 0)
            throw new commander_1.InvalidArgumentError("sizes must be at least 1");
        return n;
    });
}
function progress(message) {
    process.stderr.write(`bench: ${message}\n`);
}
/** Writes the topology of `apis` APIs, with its stack file, into its own directory. */
function writeTopology(workDir, apis) {
    const dir = path.join(workDir, `apis-${apis}`);
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, "topology.yaml");
    const text = (0, generate_1.generateTopology)(apis);
    fs.writeFileSync(file, text);
    const config = Object.entries(SETTINGS.config).map(([key, value]) => `  ${key}: ${value}`);
    fs.writeFileSync(path.join(dir, `Pulumi.${STACK}.yaml`), ["config:", ...config, ""].join("\n"));
    return { file, bytes: Buffer.byteLength(text) };
}
/** One run per process (Pulumi's runtime keeps state between runs), program and bare program alternating. */
async function measurePrograms(file, runs, stackTraceLimit) {
    const programs = [];
    const bares = [];
    const traces = stackTraceLimit === undefined ? "" : ` with Error.stackTraceLimit ${stackTraceLimit}`;
    for (let run = 1; run <= runs; run++) {
        progress(`  program under mocks${traces} (${run}/${runs})`);
        programs.push(await (0, spawn_1.runMeasurement)({ kind: "program", file, settings: SETTINGS, runs: 1, stackTraceLimit }));
        progress(`  bare program, ${programs[0].resources} resources${traces} (${run}/${runs})`);
        bares.push(await (0, spawn_1.runMeasurement)({ kind: "bare", counts: programs[0].counts, settings: SETTINGS, runs: 1, stackTraceLimit }));
    }
    const combined = (results) => ({
        ...results[0],
        timing: (0, timing_1.acrossProcesses)(results.map((r) => r.timing)),
        peakRssMb: Math.max(...results.map((r) => r.peakRssMb)),
    });
    return { program: combined(programs), bare: combined(bares) };
}
async function measureSize(workDir, apis, options) {
    const { file, bytes } = writeTopology(workDir, apis);
    const runs = options.runs;
    progress(`${apis} APIs (${(bytes / 2 ** 20).toFixed(1)} MB): check`);
    const check = await (0, spawn_1.runMeasurement)({ kind: "check", file, runs });
    if (check.errors > 0)
        throw new Error(`the generated topology of ${apis} APIs has ${check.errors} errors, first: ${check.firstError}`);
    progress(`  YAML floor`);
    const yaml = await (0, spawn_1.runMeasurement)({ kind: "yaml", file, runs });
    const { program, bare } = await measurePrograms(file, options.programRuns);
    progress(`  AnalyzeStack`);
    const analyze = await (0, spawn_1.runMeasurement)({ kind: "analyze", file, settings: SETTINGS, packDir: path.join(ROOT, "policies"), runs });
    const result = { apis, yamlBytes: bytes, check, yaml, program, bare, analyze };
    if (options.stackTraces) {
        const traced = await measurePrograms(file, options.programRuns, NODE_STACK_TRACE_LIMIT);
        result.programDefaultTraces = traced.program;
        result.bareDefaultTraces = traced.bare;
    }
    return result;
}
/** AnalyzeStack over at least `resources` planned resources, sized from the resources per API measured so far. */
async function measurePack(workDir, sizes, resources, runs) {
    const largest = sizes[sizes.length - 1];
    const apis = Math.ceil((resources * largest.apis) / largest.analyze.resources);
    const { file } = writeTopology(workDir, apis);
    progress(`AnalyzeStack over about ${resources} resources (${apis} APIs)`);
    return (0, spawn_1.runMeasurement)({ kind: "analyze", file, settings: SETTINGS, packDir: path.join(ROOT, "policies"), runs });
}
async function bench(options) {
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "auth0-topology-bench-"));
    try {
        const sizes = [];
        for (const apis of options.sizes)
            sizes.push(await measureSize(workDir, apis, options));
        const pack20k = options.packResources > 0 ? await measurePack(workDir, sizes, options.packResources, options.runs) : undefined;
        const host = (0, machine_1.machine)();
        const judged = (0, targets_1.verdicts)(sizes, pack20k);
        process.stdout.write(`${(0, table_1.resultsTable)(sizes, pack20k, judged, host)}\n`);
        const results = { date: new Date().toISOString(), machine: host, limits: targets_1.LIMITS, verdicts: judged, sizes, pack20k };
        fs.writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);
        progress(`wrote ${path.relative(process.cwd(), options.out)}`);
    }
    finally {
        fs.rmSync(workDir, { recursive: true, force: true });
    }
}
const program = new commander_1.Command("bench")
    .description("Measure check, the Pulumi program and the policy pack on generated topologies.")
    .option("--sizes <list>", "numbers of APIs, comma-separated", sizeList, [100, 1000, 5000])
    .option("--runs <n>", "runs of check, the YAML floor and AnalyzeStack per size (median reported)", positive, 5)
    .option("--program-runs <n>", "runs of the program and the bare program per size", positive, 3)
    .option("--pack-resources <n>", "also run AnalyzeStack over at least this many resources (0: skip)", positive, targets_1.LIMITS.analyzeResources)
    .option("--stack-traces", "also run the programs with Node's default Error.stackTraceLimit", false)
    .option("--out <file>", "where to write the results", path.join(ROOT, "bench/results.json"))
    .action((options) => bench(options));
program.parseAsync(process.argv).catch((err) => {
    process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
});
//# sourceMappingURL=run.js.map