// Resource properties from the wire, decoded so that no value can fail the whole AnalyzeStack.
// The policy SDK's own decoder throws on a signature it does not know (a resource reference from
// a client that did not downgrade it), on an empty protobuf Value, and recurses without bound;
// any of these used to fail every policy of the request with a stack trace. This decoder reads
// the Struct as analyzer-requests.ts parsed it: what it cannot decode is left out and recorded, to
// be reported on the resource (policy-resource.ts). It yields the pack's plain data (plain.ts) in
// the same walk, so the pack does not walk 20,000 resources' props again to find unknowns and secrets.
import type { WireStruct, WireValue } from "./analyzer-requests";
import { specialArchiveSig, specialAssetSig, specialSecretSig, unknownValue } from "@pulumi/pulumi/runtime/rpc";
import { DEPTH_MARKER } from "./prune";
import { secretStrings, UNKNOWN_SENTINELS } from "./plain";
import { UNKNOWN } from "./resource";
import { downgraded, signatureOf } from "./wire-values";

/** Auth0 resources nest a few levels; anything deeper than this is not a property the pack reads. */
export const MAX_DEPTH = 32;

const ASSET_SIGS: ReadonlySet<string> = new Set([specialAssetSig, specialArchiveSig]);

export interface Decoded {
    /** What could not be decoded, as messages. */
    undecodable?: string[];
    /** The strings that were Pulumi secrets on the wire: decoded, they are plain. */
    secrets: string[];
}

/** Per props object this decoder made: what policy-resource.ts needs besides the props. */
const decoded = new WeakMap<object, Decoded>();

/** What the decoder recorded for these props; undefined for props it did not decode. */
export function decodedOf(props: object): Decoded | undefined {
    return decoded.get(props);
}

/** A list element in Decoder.keys: spelled `[]` after its list's path. */
const ELEMENT = null;

class Decoder {
    readonly issues: string[] = [];
    readonly secrets: string[] = [];
    /** The keys down to the value being decoded: its path is spelled only when a message needs it. */
    private readonly keys: Array<string | typeof ELEMENT> = [];

    /** Several copies of one problem (a 5,000-element list of empty values, `list[]`) are one message. */
    private note(problem: string): void {
        const path = this.keys.reduce<string>((text, key) => (key === ELEMENT ? `${text}[]` : text === "" ? key : `${text}.${key}`), "");
        const message = `${path} ${problem}`;
        if (!this.issues.includes(message) && this.issues.length < 20) this.issues.push(message);
    }

    struct(struct: WireStruct, depth: number): Record<string, unknown> {
        const object: Record<string, unknown> = {};
        const fields = struct.fields;
        for (const key of Object.keys(fields)) {
            this.keys.push(key);
            const item = this.value(fields[key]!, depth + 1);
            this.keys.pop();
            if (item === undefined) continue;
            // An own property: assigning '__proto__' would set the prototype instead.
            if (key === "__proto__") Object.defineProperty(object, key, { value: item, enumerable: true, writable: true, configurable: true });
            else object[key] = item;
        }
        return object;
    }

    private list(list: { values: WireValue[] }, depth: number): unknown[] {
        // Elements that cannot be decoded are left out, and named once for the whole list.
        const items: unknown[] = [];
        this.keys.push(ELEMENT);
        for (const value of list.values) {
            const item = this.value(value, depth + 1);
            if (item !== undefined) items.push(item);
        }
        this.keys.pop();
        return items;
    }

    private value(value: WireValue, depth: number): unknown {
        if (depth > MAX_DEPTH) return this.tooDeep();
        switch (value.kind) {
            case "nullValue":
                return null;
            case "numberValue":
                return value.numberValue;
            case "stringValue": {
                const text = value.stringValue;
                if (text === DEPTH_MARKER) return this.tooDeep();
                return UNKNOWN_SENTINELS.has(text) ? UNKNOWN : text;
            }
            case "boolValue":
                return value.boolValue;
            case "listValue":
                return this.list(value.listValue!, depth);
            case "structValue":
                return this.special(this.struct(value.structValue!, depth));
            default:
                this.note("is an empty protobuf value; not read");
                return undefined;
        }
    }

    private tooDeep(): undefined {
        this.note(`is nested deeper than ${MAX_DEPTH} levels; not read`);
        return undefined;
    }

    /** A special wire object as plain data; its own values are already decoded. */
    private special(object: Record<string, unknown>): unknown {
        const sig = signatureOf(object);
        if (sig === undefined || ASSET_SIGS.has(sig)) return object;
        if (sig === specialSecretSig) {
            secretStrings(object.value, true, this.secrets);
            return object.value;
        }
        const plain = downgraded(object);
        if (plain === undefined) {
            this.note(`has the unknown wire signature ${JSON.stringify(sig)}; read as unknown`);
            return UNKNOWN;
        }
        if (plain.value === unknownValue) return UNKNOWN;
        // A secret output value comes back as a secret envelope: unwrapped like any other.
        const isObject = typeof plain.value === "object" && plain.value !== null && !Array.isArray(plain.value);
        return isObject ? this.special(plain.value as Record<string, unknown>) : plain.value;
    }
}

/**
 * Drop-in for the policy SDK's deserializeProperties(struct, proxySecrets = false), yielding the
 * pack's plain data: unknowns are UNKNOWN and secrets their values, recorded in decodedOf.
 */
export function decodeProperties(struct: WireStruct | undefined): Record<string, unknown> {
    const decoder = new Decoder();
    const props = struct === undefined ? {} : decoder.struct(struct, 0);
    const record: Decoded = { secrets: decoder.secrets };
    if (decoder.issues.length > 0) record.undecodable = decoder.issues;
    decoded.set(props, record);
    return props;
}
