// protobufjs refuses a message nested more than 100 messages deep (protoc's default limit): a
// property nested 51 Values deep fails the whole request (AnalyzeRequest, protobufjs 7.6.6).
// When a request fails to parse, it is rewritten on the wire first: every property value nested
// deeper than MAX_DEPTH becomes DEPTH_MARKER (a string the decoder reports), the rest stays byte
// for byte. The walk recurses only MAX_DEPTH levels, whatever the input.
import { MAX_DEPTH } from "./decode";

/** What a value nested too deep is replaced with; decode.ts reports it. */
export const DEPTH_MARKER = "\u0000nested deeper than the policy pack reads";

/** A message type: for each field holding a message, that message's type. */
interface Schema {
    [field: number]: keyof typeof SCHEMAS;
}

// Field numbers from pulumi's analyzer.proto and google/protobuf/struct.proto.
const SCHEMAS = {
    analyzeStackRequest: { 1: "resource" },
    analyzeRequest: { 2: "struct", 6: "provider" },
    resource: { 2: "struct", 6: "provider" },
    provider: { 2: "struct" },
    struct: { 1: "entry" },
    entry: { 2: "value" },
    value: { 5: "struct", 6: "list" },
    list: { 1: "value" },
} as const satisfies Record<string, Schema>;

export type RequestType = "analyzeStackRequest" | "analyzeRequest";

class Reader {
    constructor(
        readonly bytes: Uint8Array,
        public pos: number,
    ) {}

    varint(): number {
        let value = 0;
        for (let shift = 1; ; shift *= 0x80) {
            if (this.pos >= this.bytes.length) throw new Error("truncated varint");
            const byte = this.bytes[this.pos++]!;
            value += (byte & 0x7f) * shift;
            if (byte < 0x80) return value;
            if (shift > 2 ** 49) throw new Error("varint too long");
        }
    }
}

function varint(n: number): number[] {
    const bytes: number[] = [];
    for (; n >= 0x80; n = Math.floor(n / 0x80)) bytes.push((n % 0x80) | 0x80);
    bytes.push(n);
    return bytes;
}

const WIRE = { varint: 0, fixed64: 1, delimited: 2, fixed32: 5 } as const;

function delimited(field: number, body: Uint8Array): Uint8Array {
    const head = varint(field * 8 + WIRE.delimited);
    return Buffer.concat([Buffer.from(head), Buffer.from(varint(body.length)), body]);
}

function depthMarker(): Uint8Array {
    return delimited(3, Buffer.from(DEPTH_MARKER)); // Value.string_value
}

/** The message of `type` in bytes[start, end), rewritten; `depth` counts Values. */
function rewrite(bytes: Uint8Array, start: number, end: number, type: keyof typeof SCHEMAS, depth: number): Uint8Array {
    if (type === "value" && depth > MAX_DEPTH) return depthMarker();
    const schema: Schema = SCHEMAS[type];
    const reader = new Reader(bytes, start);
    const out: Uint8Array[] = [];
    while (reader.pos < end) {
        const fieldStart = reader.pos;
        const tag = reader.varint();
        const field = Math.floor(tag / 8);
        const wire = tag % 8;
        if (wire === WIRE.varint) reader.varint();
        else if (wire === WIRE.fixed64) reader.pos += 8;
        else if (wire === WIRE.fixed32) reader.pos += 4;
        else if (wire === WIRE.delimited) {
            const length = reader.varint();
            const bodyStart = reader.pos;
            reader.pos += length;
            if (reader.pos > end) throw new Error("truncated field");
            const inner = schema[field];
            if (inner !== undefined) {
                out.push(delimited(field, rewrite(bytes, bodyStart, reader.pos, inner, inner === "value" ? depth + 1 : depth)));
                continue;
            }
        } else throw new Error(`wire type ${wire} is not one the request uses`);
        if (reader.pos > end) throw new Error("truncated field");
        out.push(bytes.subarray(fieldStart, reader.pos));
    }
    return Buffer.concat(out);
}

/** The request with every value nested deeper than MAX_DEPTH replaced by DEPTH_MARKER. */
export function pruneDeepValues(bytes: Uint8Array, type: RequestType): Buffer {
    return Buffer.from(rewrite(bytes, 0, bytes.length, type, 0));
}
