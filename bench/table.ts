// The results as a Markdown table (printed, and pasted into the README as it is).
import type { AnalyzeResult } from "./measure/analyze";
import type { Machine } from "./machine";
import type { ColdStart, LargeCheck } from "./measure/cold-start";
import { checkGrowth, checkRatio, packRatio, perResourceMs, programOverWired, programRatio, type SizeResult, type Verdicts } from "./targets";

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const fixed = (value: number, digits: number) => value.toFixed(digits);
/** Ratios of rounds, as a list. */
const ratios = (values: readonly number[]) => values.map((r) => fixed(r, 2)).join(", ");
const mb = (value: number) => value.toFixed(0);
const count = (value: number) => value.toLocaleString("en-US");

function row(cells: readonly string[]): string {
    return `| ${cells.join(" | ")} |`;
}

function coldStartLines(cold: ColdStart): string[] {
    return [
        `Cold start, whole process, median of ${cold.floor.runs} interleaved rounds, on ${cold.file.split("/").pop()}:`,
        "",
        row(["command", "ms", "× node -e 0"]),
        row(["---", "---:", "---:"]),
        row([cold.floor.name, ms(cold.floor.medianMs), "1.00"]),
        ...cold.commands.map((c) => row([`topology ${c.name}`, ms(c.medianMs), fixed(c.ratio, 2)])),
        "",
    ];
}

function largeCheckLines(large: LargeCheck): string[] {
    return [
        `check of ${count(large.apis)} APIs, ${count(large.scopes)} scopes, ${count(large.apps)} apps, whole process, median of ${large.check.runs} interleaved rounds: ` +
            `${ms(large.check.medianMs)} ms; yaml.parse of the same file in a process ${ms(large.yaml.medianMs)} ms; check / yaml ${fixed(large.check.ratio, 2)}`,
        "",
    ];
}

export function resultsTable(sizes: readonly SizeResult[], pack20k: AnalyzeResult | undefined, verdicts: Verdicts, host: Machine, cold?: ColdStart, large?: LargeCheck): string {
    const header = ["APIs", "YAML", "resources", "check ms (first)", "check MB", "YAML parse ms", "check / YAML", "program µs/res", "bare µs/res", "program / bare", "wired bare µs/res", "program / wired", "AnalyzeStack ms (bare pack)"];
    const lines = [row(header), row(header.map(() => "---:"))];
    for (const s of sizes) {
        lines.push(
            row([
                count(s.apis),
                `${fixed(s.yamlBytes / 2 ** 20, 1)} MB`,
                count(s.program.resources),
                `${ms(s.check.timing.medianMs)} (${ms(s.check.timing.firstMs)})`,
                mb(s.check.peakRssMb),
                ms(s.yaml.timing.medianMs),
                fixed(checkRatio(s), 2),
                fixed(perResourceMs(s.program) * 1000, 0),
                fixed(perResourceMs(s.bare) * 1000, 0),
                fixed(programRatio(s), 2),
                fixed(perResourceMs(s.wired) * 1000, 0),
                fixed(programOverWired(s), 2),
                `${ms(s.analyze.timing.medianMs)} (${ms(s.analyze.floor.medianMs)})`,
            ]),
        );
    }
    const traces = sizes.filter((s) => s.programDefaultTraces !== undefined && s.bareDefaultTraces !== undefined);
    const out = [
        `Machine: ${host.cpus} CPUs (${host.cpuModel}), ${host.memoryGb} GB, Node ${host.node}, ${host.platform}`,
        "",
        ...(cold === undefined ? [] : coldStartLines(cold)),
        ...(large === undefined ? [] : largeCheckLines(large)),
        ...(sizes.length === 0 ? [] : [...lines, ""]),
    ];
    if (traces.length > 0) {
        out.push("With Node's default `Error.stackTraceLimit` (10) instead of the mock runner's 0, µs per resource:", "");
        out.push(row(["APIs", "program", "bare", "program / bare"]), row(["---:", "---:", "---:", "---:"]));
        for (const s of traces) {
            const program = perResourceMs(s.programDefaultTraces!);
            const bare = perResourceMs(s.bareDefaultTraces!);
            out.push(row([count(s.apis), fixed(program * 1000, 0), fixed(bare * 1000, 0), fixed(program / bare, 2)]));
        }
        out.push("");
    }
    for (const s of sizes) {
        out.push(`program / bare per round at ${count(s.apis)} APIs (each round's program over the flat floor run after it): ${ratios(s.programRounds)}`);
    }
    const growth = checkGrowth(sizes).map((g) => `${count(g.from)}→${count(g.to)}: ${fixed(g.exponent, 2)}`).join(", ");
    if (growth !== "") out.push(`check growth exponent (1 = linear): ${growth}`);
    if (pack20k !== undefined) {
        out.push(
            `AnalyzeStack over ${count(pack20k.resources)} resources (${fixed(pack20k.requestMb, 1)} MB request), median of ${pack20k.timing.runs} fresh packs: ` +
                `${ms(pack20k.timing.medianMs)} ms; bare pack (the policy SDK's floor) ${ms(pack20k.floor.medianMs)} ms; pack / bare pack ${fixed(packRatio(pack20k), 2)} ` +
                `(per round: ${ratios(pack20k.rounds)}); the bare pack parsing as the pack does (bench/parse-pack) ${ms(pack20k.parseFloor.medianMs)} ms; ` +
                `the pack's own analysis (median of pack − that floor, run back to back) ${ms(pack20k.ownMs)} ms`,
        );
    }
    const mark = (ok: boolean | undefined) => (ok === undefined ? "not measured" : ok ? "met" : "MISSED");
    out.push(
        "",
        `- check within 2× the YAML floor at every size: ${mark(verdicts.checkWithin2xYaml)}`,
        `- check linear in size: ${mark(verdicts.checkLinear)}`,
        `- AnalyzeStack under 2 s for 20,000 resources: ${mark(verdicts.analyze20kUnder2s)}`,
        `- program within 1.2× Pulumi's floor per resource: ${mark(verdicts.programWithin1_2xBare)}`,
        `- AnalyzeStack within 1.2× the bare pack at about 20,000 resources: ${mark(verdicts.packWithin1_2xBare)}`,
        `- every everyday command within 2.5× node -e 0: ${mark(verdicts.coldStartWithin2_5xNode)}`,
        `- check of the large tenant within 1.5× yaml.parse in a process: ${mark(verdicts.largeCheckWithin1_5xYaml)}`,
    );
    return out.join("\n");
}
