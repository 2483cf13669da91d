// plainValue copies only what changes; whatever it shares or copies, the result must read as a full
// copy would (unknowns as UNKNOWN, secrets as their value) and the input must stay as it was.
import fc from "fast-check";
import { fuzzRuns } from "../../../test/support/fuzz-runs";
import { plainReading, wireValue } from "../testing/wire-values";
import { UNKNOWN_SENTINELS, plainValue } from "./plain";
import { UNKNOWN } from "./resource";

it("reads any value as a full copy would, leaving the input unchanged", () => {
    fc.assert(
        fc.property(wireValue, (value) => {
            const before = structuredClone(value);
            expect(plainValue(value)).toEqual(plainReading(value));
            expect(value).toEqual(before);
        }),
        fuzzRuns(500),
    );
});

it("returns values without unknowns or secrets as they are", () => {
    const props = { name: "storefront", callbacks: ["https://shop.example.com/callback"], jwt: { alg: "RS256" } };
    expect(plainValue(props)).toBe(props);
});

it("copies a '__proto__' property as a property, never as the copy's prototype", () => {
    const value = JSON.parse(`{"__proto__": {"callbacks": ["${[...UNKNOWN_SENTINELS][0]}"]}, "name": "spa"}`) as Record<string, unknown>;
    const plain = plainValue(value) as Record<string, unknown>;
    expect(Object.getPrototypeOf(plain)).toBe(Object.prototype);
    expect(Object.hasOwn(plain, "__proto__")).toBe(true);
    expect(Object.getOwnPropertyDescriptor(plain, "__proto__")?.value).toEqual({ callbacks: [UNKNOWN] });
    expect(plain.callbacks).toBeUndefined();
});
