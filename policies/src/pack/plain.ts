// Resource properties as Pulumi hands them over (the policy SDK's data, or the engine's wire
// values from a program run under mocks) -> the plain data the pack reads.
import { specialSecretSig, specialSigKey } from "@pulumi/pulumi/runtime/rpc";
import { UNKNOWN } from "./resource";

/**
 * The values Pulumi puts where a value is unknown during preview, one per type: the engine's
 * protocol constants (sdk/go/common/resource/plugin/rpc.go), which the policy SDK keeps as is.
 */
export const UNKNOWN_SENTINELS: ReadonlySet<string> = new Set([
    "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7", // boolean
    "3eeb2bf0-c639-47a8-9e75-3b44932eb421", // number
    "04da6b54-80e4-46f7-96ec-b56ff0331ba9", // string
    "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2", // array
    "030794c1-ac77-496b-92df-f27374a8bd58", // asset
    "e48ece36-62e2-4504-bad9-02848725956a", // archive
    "dd056dcd-154b-4c76-9bd3-c8f88648b5ff", // object
]);

/** Shorter secret strings (a flag, a port) would mask ordinary words in messages. */
const MIN_SECRET_LENGTH = 4;

/** Every string inside the value's secrets (Pulumi's secret envelopes), the secret ones only. */
export function secretStrings(value: unknown, inSecret = false, out: string[] = []): string[] {
    if (typeof value === "string") {
        if (inSecret && value.length >= MIN_SECRET_LENGTH && !UNKNOWN_SENTINELS.has(value)) out.push(value);
    } else if (typeof value === "object" && value !== null) {
        const container = value as Record<string, unknown>;
        // An envelope's secret is its value, not its signature.
        if (container[specialSigKey] === specialSecretSig) return secretStrings(container.value, true, out);
        for (const key of Object.keys(container)) secretStrings(container[key], inSecret, out);
    }
    return out;
}

/**
 * The value with each unknown as UNKNOWN and each secret as its value (the pack reads secrets to
 * flag them). Objects and lists without either are returned as they are, not copied: at 20,000
 * resources the copies cost more than the reading.
 */
export function plainValue(value: unknown): unknown {
    if (typeof value === "string") return UNKNOWN_SENTINELS.has(value) ? UNKNOWN : value;
    if (typeof value !== "object" || value === null) return value;
    const container = value as Record<string, unknown>;
    if (container[specialSigKey] === specialSecretSig) return plainValue(container.value);
    // Lists and objects alike: their own keys (a list's are its indexes), copied at the first change.
    let copy: Record<string, unknown> | undefined;
    for (const key of Object.keys(container)) {
        const item = plainValue(container[key]);
        if (item !== container[key]) (copy ??= (Array.isArray(value) ? [...value] : { ...container }) as Record<string, unknown>)[key] = item;
    }
    return copy ?? value;
}
