// Pulumi's special wire objects and what an analyzer receives for them. The engine marshals
// AnalyzeStack properties with KeepUnknowns and KeepSecrets but not KeepResources
// (sdk/go/common/resource/plugin/analyzer_plugin.go, rpc.go MarshalPropertyValue): a resource
// reference arrives as the resource's id when it has one (unknown while the resource is still to
// be created), else as its URN (a component); an output value arrives as its value, or unknown.
import { specialOutputValueSig, specialResourceSig, specialSecretSig, specialSigKey, unknownValue } from "@pulumi/pulumi/runtime/rpc";

export { specialSigKey };

/** The signature of a special wire object, if `value` is one. */
export function signatureOf(value: Record<string, unknown>): string | undefined {
    const sig = value[specialSigKey];
    return typeof sig === "string" ? sig : undefined;
}

/**
 * A resource reference or an output value as the engine sends it to an analyzer; undefined for
 * any other value (secrets, assets and archives pass as they are). `value` and `id` are already
 * downgraded by the caller when they are themselves special.
 */
export function downgraded(value: Record<string, unknown>): { value: unknown } | undefined {
    switch (signatureOf(value)) {
        case specialResourceSig: {
            // An id the engine does not know yet is unknown; a reference without one names the URN.
            if ("id" in value && value.id !== undefined && value.id !== null) return { value: value.id === "" ? unknownValue : value.id };
            return { value: value.urn };
        }
        case specialOutputValueSig: {
            const known = "value" in value && value.value !== undefined;
            const plain = known ? value.value : unknownValue;
            return { value: value.secret === true && known ? { [specialSigKey]: specialSecretSig, value: plain } : plain };
        }
        default:
            return undefined;
    }
}
