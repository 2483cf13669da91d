// Property values as Pulumi hands them to a pack, for tests of what writes and reads them
// (topology/analyzer/wire.ts, plain.ts, decode.ts), and the reading they must agree with, written
// the plain way.
import fc from "fast-check";
import { specialOutputValueSig, specialResourceSig, specialSecretSig, specialSigKey } from "@pulumi/pulumi/runtime/rpc";
import { UNKNOWN_SENTINELS } from "../pack/plain";
import { UNKNOWN } from "../pack/resource";

const sentinel = fc.constantFrom(...UNKNOWN_SENTINELS);

/** JSON values with unknown sentinels and secrets anywhere. */
export const { value: wireValue, props: wireProps } = fc.letrec<{ value: unknown; props: Record<string, unknown> }>((tie) => ({
    value: fc.oneof(
        { depthSize: "small" },
        fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), sentinel),
        fc.array(tie("value"), { maxLength: 4 }),
        tie("props"),
        tie("value").map((value) => ({ [specialSigKey]: specialSecretSig, value })),
    ),
    // Keys named like Object.prototype's members too: '__proto__' must stay a key.
    props: fc.dictionary(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom("__proto__", "constructor", "toString")), tie("value"), { maxKeys: 4 }),
}));

/** The reading: unknowns as UNKNOWN, secrets as their values, as a full copy. */
export function plainReading(value: unknown): unknown {
    if (typeof value === "string" && UNKNOWN_SENTINELS.has(value)) return UNKNOWN;
    if (Array.isArray(value)) return value.map(plainReading);
    if (typeof value !== "object" || value === null) return value;
    const object = value as Record<string, unknown>;
    if (object[specialSigKey] === specialSecretSig) return plainReading(object.value);
    return Object.fromEntries(Object.entries(object).map(([k, v]) => [k, plainReading(v)]));
}

/** The URN of the client that `reference` points at. */
export const REFERENCED_URN = "urn:pulumi:dev::p::auth0:index/client:Client::web";

/** A resource reference on the wire, with the given fields (its id, when it has one). */
export const reference = (fields: Record<string, unknown>) => ({ [specialSigKey]: specialResourceSig, urn: REFERENCED_URN, ...fields });

/** An output value on the wire, with the given fields (value, secret). */
export const output = (fields: Record<string, unknown>) => ({ [specialSigKey]: specialOutputValueSig, ...fields });
