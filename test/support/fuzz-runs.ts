// fast-check parameters for property tests. `npm test` replays a fixed seed, so CI gives the same
// answer for the same code; `npm run fuzz` explores new random inputs at a larger count, and any
// failure it finds prints its seed and counterexample for a regression fixture.
import type { Parameters } from "fast-check";

const FIXED_SEED = 20261122;

export function fuzzRuns<T>(numRuns: number): Parameters<T> {
    const scale = Number(process.env.FUZZ_SCALE ?? "1");
    const seed = process.env.FUZZ_SEED === "random" ? undefined : Number(process.env.FUZZ_SEED ?? FIXED_SEED);
    return { numRuns: Math.ceil(numRuns * (Number.isFinite(scale) && scale > 0 ? scale : 1)), ...(seed === undefined ? {} : { seed }) };
}
