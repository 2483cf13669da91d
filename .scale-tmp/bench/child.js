"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const analyze_1 = require("./measure/analyze");
const check_1 = require("./measure/check");
const program_1 = require("./measure/program");
function measure(spec) {
    switch (spec.kind) {
        case "check":
            return (0, check_1.measureCheck)(spec.file, spec.runs);
        case "yaml":
            return (0, check_1.measureYamlFloor)(spec.file, spec.runs);
        case "program":
            return (0, program_1.measureProgram)(spec.file, spec.settings, spec.runs, spec.stackTraceLimit);
        case "bare":
            return (0, program_1.measureBare)(spec.counts, spec.settings, spec.runs, spec.stackTraceLimit);
        case "analyze":
            return (0, analyze_1.measureAnalyze)(spec.file, spec.settings, spec.packDir, spec.runs);
    }
}
if (require.main === module) {
    measure(JSON.parse(process.argv[2])).then((result) => {
        process.stdout.write(`${JSON.stringify(result)}\n`);
        process.exit(0);
    }, (err) => {
        process.stderr.write(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
        process.exit(1);
    });
}
//# sourceMappingURL=child.js.map