// The benchmarks' topologies are meant to be what a careful team writes: a check of them finds no
// error and no warning, so that a benchmark measures a clean design rather than thousands of findings.
import { stringify } from "yaml";
import { benchTopology, LARGE_SHAPE, SHAPE, type Shape } from "../../bench/generate";
import { checkTopology } from "../../topology/check";

const SHAPES: Array<[string, Shape]> = [
    ["SHAPE", SHAPE],
    ["LARGE_SHAPE", LARGE_SHAPE],
];

describe.each(SHAPES)("bench topology of %s", (_name, shape) => {
    it.each([7, 40])("of %i APIs has no error or warning", (apis) => {
        const { findings } = checkTopology({ file: "bench.yaml", text: stringify(benchTopology(apis, shape)), environment: "production" });
        expect(findings.filter((f) => f.severity !== "info").map((f) => `${f.rule} ${f.path}: ${f.message}`)).toEqual([]);
    });
});
