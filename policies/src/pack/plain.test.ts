// plainValue copies only what changes; whatever it shares or copies, the result must read as a full
// copy would (unknowns as UNKNOWN, secrets as their value) and the input must stay as it was.
import fc from "fast-check";
import { specialSecretSig, specialSigKey } from "@pulumi/pulumi/runtime/rpc";
import { fuzzRuns } from "../../../test/support/fuzz-runs";
import { UNKNOWN_SENTINELS, plainValue } from "./plain";
import { UNKNOWN } from "./resource";

const sentinel = fc.constantFrom(...UNKNOWN_SENTINELS);

/** JSON values with unknown sentinels and secrets anywhere, as Pulumi hands them over. */
const { value: wireValue } = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
        { depthSize: "small" },
        fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), sentinel),
        fc.array(tie("value"), { maxLength: 4 }),
        // Keys named like Object.prototype's members too: '__proto__' must stay a key of the copy.
        fc.dictionary(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom("__proto__", "constructor", "toString")), tie("value"), { maxKeys: 4 }),
        tie("value").map((value) => ({ [specialSigKey]: specialSecretSig, value })),
    ),
}));

/** The reference: a full copy, written the plain way. */
function expected(value: unknown): unknown {
    if (typeof value === "string" && UNKNOWN_SENTINELS.has(value)) return UNKNOWN;
    if (Array.isArray(value)) return value.map(expected);
    if (typeof value !== "object" || value === null) return value;
    const object = value as Record<string, unknown>;
    if (object[specialSigKey] === specialSecretSig) return expected(object.value);
    return Object.fromEntries(Object.entries(object).map(([k, v]) => [k, expected(v)]));
}

it("reads any value as a full copy would, leaving the input unchanged", () => {
    fc.assert(
        fc.property(wireValue, (value) => {
            const before = structuredClone(value);
            expect(plainValue(value)).toEqual(expected(value));
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
