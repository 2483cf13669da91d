"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.resultsTable = resultsTable;
const targets_1 = require("./targets");
const ms = (value) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const fixed = (value, digits) => value.toFixed(digits);
const mb = (value) => value.toFixed(0);
const count = (value) => value.toLocaleString("en-US");
function row(cells) {
    return `| ${cells.join(" | ")} |`;
}
function resultsTable(sizes, pack20k, verdicts, host) {
    const header = ["APIs", "YAML", "resources", "check ms (first)", "check MB", "YAML parse ms", "check / YAML", "program µs/res", "bare µs/res", "program / bare", "AnalyzeStack ms"];
    const lines = [row(header), row(header.map(() => "---:"))];
    for (const s of sizes) {
        lines.push(row([
            count(s.apis),
            `${fixed(s.yamlBytes / 2 ** 20, 1)} MB`,
            count(s.program.resources),
            `${ms(s.check.timing.medianMs)} (${ms(s.check.timing.firstMs)})`,
            mb(s.check.peakRssMb),
            ms(s.yaml.timing.medianMs),
            fixed((0, targets_1.checkRatio)(s), 2),
            fixed((0, targets_1.perResourceMs)(s.program) * 1000, 0),
            fixed((0, targets_1.perResourceMs)(s.bare) * 1000, 0),
            fixed((0, targets_1.programRatio)(s), 2),
            ms(s.analyze.timing.medianMs),
        ]));
    }
    const traces = sizes.filter((s) => s.programDefaultTraces !== undefined && s.bareDefaultTraces !== undefined);
    const out = [`Machine: ${host.cpus} CPUs (${host.cpuModel}), ${host.memoryGb} GB, Node ${host.node}, ${host.platform}`, "", ...lines, ""];
    if (traces.length > 0) {
        out.push("With Node's default `Error.stackTraceLimit` (10) instead of the mock runner's 0, µs per resource:", "");
        out.push(row(["APIs", "program", "bare", "program / bare"]), row(["---:", "---:", "---:", "---:"]));
        for (const s of traces) {
            const program = (0, targets_1.perResourceMs)(s.programDefaultTraces);
            const bare = (0, targets_1.perResourceMs)(s.bareDefaultTraces);
            out.push(row([count(s.apis), fixed(program * 1000, 0), fixed(bare * 1000, 0), fixed(program / bare, 2)]));
        }
        out.push("");
    }
    const growth = (0, targets_1.checkGrowth)(sizes).map((g) => `${count(g.from)}→${count(g.to)}: ${fixed(g.exponent, 2)}`).join(", ");
    if (growth !== "")
        out.push(`check growth exponent (1 = linear): ${growth}`);
    if (pack20k !== undefined) {
        out.push(`AnalyzeStack over ${count(pack20k.resources)} resources: ${ms(pack20k.timing.medianMs)} ms (first ${ms(pack20k.timing.firstMs)} ms; request marshalling ${ms(pack20k.marshalMs)} ms of it)`);
    }
    const mark = (ok) => (ok === undefined ? "not measured" : ok ? "met" : "MISSED");
    out.push("", `- check within 2× the YAML floor at every size: ${mark(verdicts.checkWithin2xYaml)}`, `- check linear in size: ${mark(verdicts.checkLinear)}`, `- AnalyzeStack under 2 s for 20,000 resources: ${mark(verdicts.analyze20kUnder2s)}`, `- program within 1.2× Pulumi's floor per resource: ${mark(verdicts.programWithin1_2xBare)}`);
    return out.join("\n");
}
//# sourceMappingURL=table.js.map