// `check` on a topology file against the floor: parsing the same text with the project's YAML
// library. Both read the text first and time only the work on it.
import * as fs from "node:fs";
import { parse } from "yaml";
import { summarize } from "../../policies/src/run";
import { checkTopology } from "../../topology/check";
import { peakRssMb, timeRuns, type Timing } from "../timing";

export interface CheckResult {
    timing: Timing;
    peakRssMb: number;
    errors: number;
    warnings: number;
    firstError?: string;
}

export async function measureCheck(file: string, runs: number): Promise<CheckResult> {
    const text = fs.readFileSync(file, "utf8");
    let findings: ReturnType<typeof checkTopology>["findings"] = [];
    const timing = await timeRuns(runs, () => {
        findings = checkTopology({ file, text }).findings;
    });
    const { errors, warnings } = summarize(findings);
    const error = findings.find((f) => f.severity === "error" && f.waived === undefined);
    const result: CheckResult = { timing, peakRssMb: peakRssMb(), errors, warnings };
    if (error !== undefined) result.firstError = `${error.rule} at ${error.path}: ${error.message}`;
    return result;
}

export interface FloorResult {
    timing: Timing;
    peakRssMb: number;
}

export async function measureYamlFloor(file: string, runs: number): Promise<FloorResult> {
    const text = fs.readFileSync(file, "utf8");
    const timing = await timeRuns(runs, () => parse(text));
    return { timing, peakRssMb: peakRssMb() };
}
