// Resource properties from the wire, decoded so that no value can fail the whole AnalyzeStack.
// The policy SDK's own decoder throws on a signature it does not know (a resource reference from
// a client that did not downgrade it), on an empty protobuf Value, and recurses without bound;
// any of these used to fail every policy of the request with a stack trace. This decoder reads
// the Struct itself: what it cannot decode is left out and recorded, to be reported on the
// resource (policy-resource.ts).
import type { ListValue, Struct, Value } from "google-protobuf/google/protobuf/struct_pb";
import { specialArchiveSig, specialAssetSig, specialSecretSig, unknownValue } from "@pulumi/pulumi/runtime/rpc";
import { DEPTH_MARKER } from "./prune";
import { secretStrings } from "./plain";
import { downgraded, signatureOf } from "./wire-values";

/** Auth0 resources nest a few levels; anything deeper than this is not a property the pack reads. */
export const MAX_DEPTH = 32;

/** Wire kinds of google.protobuf.Value (Value.KindCase). */
const KIND = { null: 1, number: 2, string: 3, bool: 4, struct: 5, list: 6 } as const;
const PASSED_THROUGH: ReadonlySet<string> = new Set([specialSecretSig, specialAssetSig, specialArchiveSig]);

/** What could not be decoded, per decoded props object (read back by fromPolicyResource). */
const undecodable = new WeakMap<object, string[]>();

export function undecodableOf(props: object): string[] | undefined {
    return undecodable.get(props);
}

/** The strings that were Pulumi secrets on the wire, per decoded props object: decoded, they are plain. */
const secrets = new WeakMap<object, string[]>();

export function secretsOf(props: object): string[] {
    return secrets.get(props) ?? [];
}

class Decoder {
    readonly issues: string[] = [];
    readonly secrets: string[] = [];

    /** Several copies of one problem (a 5,000-element list of empty values, `list[]`) are one message. */
    private note(message: string): void {
        if (!this.issues.includes(message) && this.issues.length < 20) this.issues.push(message);
    }

    struct(struct: Struct, depth: number, path: string): Record<string, unknown> {
        const entries: Array<[string, unknown]> = [];
        for (const [key, value] of struct.getFieldsMap().entries()) {
            const decoded = this.value(value, depth + 1, path === "" ? key : `${path}.${key}`);
            if (decoded !== undefined) entries.push([key, decoded]);
        }
        // Own properties only: a '__proto__' field stays a field (an assignment would set the prototype).
        return Object.fromEntries(entries);
    }

    private list(list: ListValue, depth: number, path: string): unknown[] {
        // Elements that cannot be decoded are left out, and named once for the whole list.
        return list.getValuesList().flatMap((value) => {
            const decoded = this.value(value, depth + 1, `${path}[]`);
            return decoded === undefined ? [] : [decoded];
        });
    }

    private value(value: Value, depth: number, path: string): unknown {
        if (depth > MAX_DEPTH) {
            this.note(`${path} is nested deeper than ${MAX_DEPTH} levels; not read`);
            return undefined;
        }
        switch (value.getKindCase()) {
            case KIND.null:
                return null;
            case KIND.number:
                return value.getNumberValue();
            case KIND.string: {
                const text = value.getStringValue();
                if (text !== DEPTH_MARKER) return text;
                this.note(`${path} is nested deeper than ${MAX_DEPTH} levels; not read`);
                return undefined;
            }
            case KIND.bool:
                return value.getBoolValue();
            case KIND.list:
                return this.list(value.getListValue()!, depth, path);
            case KIND.struct:
                return this.special(this.struct(value.getStructValue()!, depth, path), path);
            default:
                this.note(`${path} is an empty protobuf value; not read`);
                return undefined;
        }
    }

    private special(object: Record<string, unknown>, path: string): unknown {
        const sig = signatureOf(object);
        if (sig === specialSecretSig) {
            secretStrings(object.value, true, this.secrets);
            return object.value;
        }
        if (sig === undefined || PASSED_THROUGH.has(sig)) return object;
        const plain = downgraded(object);
        if (plain !== undefined) return plain.value;
        this.note(`${path} has the unknown wire signature ${JSON.stringify(sig)}; read as unknown`);
        return unknownValue;
    }
}

/** Drop-in for the policy SDK's deserializeProperties(struct, proxySecrets = false). */
export function decodeProperties(struct: Struct | undefined): Record<string, unknown> {
    if (struct === undefined) return {};
    const decoder = new Decoder();
    const props = decoder.struct(struct, 0, "");
    if (decoder.issues.length > 0) undecodable.set(props, decoder.issues);
    if (decoder.secrets.length > 0) secrets.set(props, decoder.secrets);
    return props;
}
