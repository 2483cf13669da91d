// One measurement in a fresh process (Pulumi's runtime is global and peak memory must belong to
// one measurement): `node child.js '<json spec>'` prints the result as one JSON line on stdout.
import type { MockRunSettings } from "../topology/build/mock-run";
import type { BareShape, TypeCounts } from "./bare-program";
import { measureAnalyze } from "./measure/analyze";
import { measureCheck, measureYamlFloor } from "./measure/check";
import { measureBare, measureProgram, type StackTraceLimit } from "./measure/program";

export type Measurement =
    | { kind: "check" | "yaml"; file: string; runs: number }
    | { kind: "program"; file: string; settings: MockRunSettings; runs: number; stackTraceLimit?: StackTraceLimit }
    | { kind: "bare"; counts: TypeCounts; shape: BareShape; settings: MockRunSettings; runs: number; stackTraceLimit?: StackTraceLimit }
    | { kind: "analyze"; file: string; settings: MockRunSettings; packDir: string; runs: number };

function measure(spec: Measurement): Promise<unknown> {
    switch (spec.kind) {
        case "check":
            return measureCheck(spec.file, spec.runs);
        case "yaml":
            return measureYamlFloor(spec.file, spec.runs);
        case "program":
            return measureProgram(spec.file, spec.settings, spec.runs, spec.stackTraceLimit);
        case "bare":
            return measureBare(spec.counts, spec.shape, spec.settings, spec.runs, spec.stackTraceLimit);
        case "analyze":
            return measureAnalyze(spec.file, spec.settings, spec.packDir, spec.runs);
    }
}

if (require.main === module) {
    measure(JSON.parse(process.argv[2]!) as Measurement).then(
        (result) => {
            process.stdout.write(`${JSON.stringify(result)}\n`);
            process.exit(0);
        },
        (err: unknown) => {
            process.stderr.write(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
            process.exit(1);
        },
    );
}
