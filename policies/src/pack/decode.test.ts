// The pack's decoder reads props straight from the wire into the pack's plain data: it must read
// what the policy SDK's decoder followed by plainValue reads, and name what it cannot read.
import fc from "fast-check";
import { specialSigKey, unknownValue } from "@pulumi/pulumi/runtime/rpc";
import { AnalyzeRequest } from "@pulumi/pulumi/proto/analyzer_pb";
import { ListValue, Struct, Value } from "google-protobuf/google/protobuf/struct_pb";
import { Writer } from "protobufjs";
import { fuzzRuns } from "../../../test/support/fuzz-runs";
import { output, plainReading, reference, REFERENCED_URN, wireProps } from "../testing/wire-values";
import { readAnalyzeRequest, type WireStruct } from "./analyzer-requests";
import { decodedOf, decodeProperties } from "./decode";
import { secretStrings } from "./plain";
import { UNKNOWN } from "./resource";

const sdkDeserialize = (require("@pulumi/policy/deserialize") as { deserializeProperties: (struct: Struct, proxySecrets: boolean) => Record<string, unknown> }).deserializeProperties;

/** The Struct as the pack receives it: written as the SDK writes it, parsed as the pack parses requests. */
function received(struct: Struct): WireStruct {
    return readAnalyzeRequest(new AnalyzeRequest().setProperties(struct).serializeBinary()).getProperties()!;
}

/** The props of `value`, written as a Struct and received. */
const sent = (value: Record<string, unknown>) => received(Struct.fromJavaScript(value as never));

it("reads any props as the SDK's decoder and plainValue do, recording every secret string", () => {
    fc.assert(
        fc.property(wireProps, (props) => {
            const struct = Struct.fromJavaScript(props as never);
            // What the Struct holds: google-protobuf's maps drop '__proto__' keys, on the wire too.
            const sent = struct.toJavaScript();
            const decoded = decodeProperties(received(struct));
            expect(decoded).toEqual(plainReading(sent));
            expect(decoded).toEqual(plainReading(sdkDeserialize(struct, false)));
            expect(new Set(decodedOf(decoded)!.secrets)).toEqual(new Set(secretStrings(sent)));
            expect(decodedOf(decoded)!.undecodable).toBeUndefined();
        }),
        fuzzRuns(300),
    );
});

it.each([
    ["a custom resource with its id", reference({ id: "abc123" }), "abc123"],
    ["a custom resource still to be created (empty id)", reference({ id: "" }), UNKNOWN],
    ["a component (no id)", reference({}), REFERENCED_URN],
    ["a known output value", output({ value: "https://a.example" }), "https://a.example"],
    ["an unknown output value", output({}), UNKNOWN],
    ["an output value whose value is unknown", output({ value: unknownValue }), UNKNOWN],
    ["a reference inside an output value", output({ value: reference({ id: "abc123" }) }), "abc123"],
])("reads %s as plain data", (_name, value, expected) => {
    const decoded = decodeProperties(sent({ nested: [{ value }] }));
    expect(decoded).toEqual({ nested: [{ value: expected }] });
    expect(decodedOf(decoded)).toEqual({ secrets: [] });
});

it("reads a secret output value as its value, recorded as a secret", () => {
    const decoded = decodeProperties(sent({ clientSecret: output({ value: "s3cr3t-value", secret: true }) }));
    expect(decoded).toEqual({ clientSecret: "s3cr3t-value" });
    expect(decodedOf(decoded)!.secrets).toEqual(["s3cr3t-value"]);
});

/** Props whose `callbacks` list holds `count` empty protobuf Values between two URLs. */
function withEmptyValues(count: number): WireStruct {
    const list = new ListValue().setValuesList([
        new Value().setStringValue("https://a.example/cb"),
        ...Array.from({ length: count }, () => new Value()),
        new Value().setStringValue("https://b.example/cb"),
    ]);
    const struct = Struct.fromJavaScript({ name: "web" });
    struct.getFieldsMap().set("callbacks", new Value().setListValue(list));
    return received(struct);
}

it("leaves out what it cannot read and names it once, by its path", () => {
    const decoded = decodeProperties(withEmptyValues(5000));
    expect(decoded).toEqual({ name: "web", callbacks: ["https://a.example/cb", "https://b.example/cb"] });
    expect(decodedOf(decoded)!.undecodable).toEqual(["callbacks[] is an empty protobuf value; not read"]);
});

it("reads an unknown wire signature as unknown, naming where it was", () => {
    const decoded = decodeProperties(sent({ jwt: { scopes: [{ [specialSigKey]: "not-a-signature" }] } }));
    expect(decoded).toEqual({ jwt: { scopes: [UNKNOWN] } });
    expect(decodedOf(decoded)!.undecodable).toEqual(['jwt.scopes[] has the unknown wire signature "not-a-signature"; read as unknown']);
});

/** A request whose props hold one key, `key`, with the string `text`: written field by field, since
 * google-protobuf's maps drop a '__proto__' key that a Go client does send. */
function requestWithKey(key: string, text: string): Uint8Array {
    const delimited = (field: number) => (field << 3) | 2;
    return Writer.create()
        .uint32(delimited(2)).fork() // AnalyzeRequest.properties
        .uint32(delimited(1)).fork() // Struct.fields, one map entry
        .uint32(delimited(1)).string(key)
        .uint32(delimited(2)).fork().uint32(delimited(3)).string(text).ldelim() // Value.string_value
        .ldelim()
        .ldelim()
        .finish();
}

it("reads a '__proto__' key as an own property, leaving the prototype alone", () => {
    const decoded = decodeProperties(readAnalyzeRequest(requestWithKey("__proto__", "polluted")).getProperties());
    expect(Object.getPrototypeOf(decoded)).toBe(Object.prototype);
    expect(Object.keys(decoded)).toEqual(["__proto__"]);
    expect(Object.getOwnPropertyDescriptor(decoded, "__proto__")?.value).toBe("polluted");
});
