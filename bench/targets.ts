// The targets of issue 5, evaluated on one run's results, side by side.
import type { AnalyzeResult } from "./measure/analyze";
import type { CheckResult, FloorResult } from "./measure/check";
import type { ColdStart, LargeCheck } from "./measure/cold-start";
import type { ProgramResult } from "./measure/program";

export interface SizeResult {
    apis: number;
    yamlBytes: number;
    check: CheckResult;
    yaml: FloorResult;
    program: ProgramResult;
    /** The bare program, flat: Pulumi's floor as the issue defines it. */
    bare: ProgramResult;
    /** The bare program with the real program's resource graph (parent, outputs between resources, dependsOn). */
    wired: ProgramResult;
    /** Per round, the program's time over the flat floor's run right after it. */
    programRounds: number[];
    /** The same two runs with Node's default Error.stackTraceLimit, when measured (--stack-traces). */
    programDefaultTraces?: ProgramResult;
    bareDefaultTraces?: ProgramResult;
    analyze: AnalyzeResult;
}

export const LIMITS = {
    checkOverYaml: 2,
    /** Growth exponent of check time between consecutive sizes: 1 is linear, 2 quadratic. */
    checkGrowth: 1.2,
    analyzeMs: 2000,
    analyzeResources: 20_000,
    programOverBare: 1.2,
    /** AnalyzeStack against the bare pack on the same request (issue 13), at about analyzeResources resources. */
    packOverBare: 1.2,
    /** Each everyday command's whole process against `node -e 0` (issue 13). */
    coldStartOverNode: 2.5,
    /** `check` of the large tenant as a process against a process parsing it with `yaml` (issue 13). */
    largeCheckOverYaml: 1.5,
} as const;

export const checkRatio = (s: SizeResult) => s.check.timing.medianMs / s.yaml.timing.medianMs;
export const perResourceMs = (p: ProgramResult) => p.timing.medianMs / p.resources;
export const programRatio = (s: SizeResult) => perResourceMs(s.program) / perResourceMs(s.bare);
export const programOverWired = (s: SizeResult) => perResourceMs(s.program) / perResourceMs(s.wired);
export const packRatio = (a: AnalyzeResult) => a.timing.medianMs / a.floor.medianMs;

/** log(t2/t1) / log(n2/n1) for each pair of consecutive sizes. */
export function checkGrowth(sizes: readonly SizeResult[]): { from: number; to: number; exponent: number }[] {
    return sizes.slice(1).map((s, i) => {
        const prev = sizes[i]!;
        return { from: prev.apis, to: s.apis, exponent: Math.log(s.check.timing.medianMs / prev.check.timing.medianMs) / Math.log(s.apis / prev.apis) };
    });
}

/** undefined: not measured in this run. */
export interface Verdicts {
    checkWithin2xYaml: boolean | undefined;
    checkLinear: boolean | undefined;
    analyze20kUnder2s: boolean | undefined;
    programWithin1_2xBare: boolean | undefined;
    packWithin1_2xBare: boolean | undefined;
    coldStartWithin2_5xNode: boolean | undefined;
    largeCheckWithin1_5xYaml: boolean | undefined;
}

export function verdicts(sizes: readonly SizeResult[], pack20k: AnalyzeResult | undefined, coldStart?: ColdStart, large?: LargeCheck): Verdicts {
    const measured = sizes.length > 0;
    return {
        checkWithin2xYaml: measured ? sizes.every((s) => checkRatio(s) <= LIMITS.checkOverYaml) : undefined,
        checkLinear: sizes.length > 1 ? checkGrowth(sizes).every((g) => g.exponent <= LIMITS.checkGrowth) : undefined,
        analyze20kUnder2s: pack20k === undefined ? undefined : pack20k.resources >= LIMITS.analyzeResources && pack20k.timing.medianMs < LIMITS.analyzeMs,
        programWithin1_2xBare: measured ? sizes.every((s) => programRatio(s) <= LIMITS.programOverBare) : undefined,
        packWithin1_2xBare: pack20k === undefined ? undefined : packRatio(pack20k) <= LIMITS.packOverBare,
        coldStartWithin2_5xNode: coldStart === undefined ? undefined : coldStart.commands.every((c) => c.ratio <= LIMITS.coldStartOverNode),
        largeCheckWithin1_5xYaml: large === undefined ? undefined : large.check.ratio <= LIMITS.largeCheckOverYaml,
    };
}
