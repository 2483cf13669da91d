// AnalyzeStack requests no well-behaved engine sends, straight on the wire: the pack must answer
// each with diagnostics (a located one where it can), never fail the call, and never print a
// JavaScript stack trace. Needs policies/bin.
import * as analyzer from "@pulumi/pulumi/proto/analyzer_pb";
import { specialResourceSig, specialSigKey } from "@pulumi/pulumi/runtime/rpc";
import { ListValue, Struct, Value } from "google-protobuf/google/protobuf/struct_pb";
import { MAX_DEPTH } from "../../policies/src/pack/decode";
import { encodeAnalyzeStack, openPack, type PackSession, type PolicyViolation } from "../../topology/analyzer";
import { toAnalyzerResource } from "../../topology/analyzer/wire";
import { assertPackBuilt, PACK_DIR, unreadResources } from "../pack/pack-build";
import { client, coherentStack, SPA } from "../pack/stacks";

let pack: PackSession;

beforeAll(async () => {
    assertPackBuilt();
    pack = await openPack({ packDir: PACK_DIR });
});
afterAll(() => pack?.close());

const SPA_URN = client("hostile", SPA, "none")[0]!.urn;

/** The coherent stack plus a SPA whose properties are `props` as a raw Struct. */
function request(props: Struct): Buffer {
    const [spa, credentials] = client("hostile", SPA, "none");
    const raw = toAnalyzerResource(spa!).setProperties(props);
    const message = analyzer.AnalyzeStackRequest.deserializeBinary(encodeAnalyzeStack([...coherentStack(), credentials!]));
    message.addResources(raw);
    return Buffer.from(message.serializeBinary());
}

function spaProps(extra: Record<string, Value>): Struct {
    const struct = Struct.fromJavaScript({ ...SPA, name: "hostile", appType: "spa" } as never);
    for (const [key, value] of Object.entries(extra)) struct.getFieldsMap().set(key, value);
    return struct;
}

function varint(n: number): number[] {
    const bytes: number[] = [];
    for (; n >= 0x80; n = Math.floor(n / 0x80)) bytes.push((n % 0x80) | 0x80);
    return [...bytes, n];
}

/** A length-delimited field's header: its tag (wire type 2) and the length. */
const header = (field: number, length: number) => [...varint((field << 3) | 2), ...varint(length)];

/**
 * The bytes of a SPA resource (appended to a request: repeated fields concatenate, and a second
 * `properties` merges into the first) whose `key` is a value nested `depth` Structs deep. Written
 * by hand, from the inside out: google-protobuf's own writer recurses per level and cannot.
 */
function deepResource(key: string, depth: number): Buffer {
    const text = (field: number, value: string) => [...header(field, Buffer.byteLength(value)), ...Buffer.from(value)];
    const chunks: number[][] = [text(3, "bottom")]; // Value.string_value
    let length = chunks[0]!.length;
    const wrap = (field: number) => {
        const h = header(field, length);
        chunks.push(h);
        length += h.length;
    };
    // Value { struct_value: Struct { fields: { key: "inner", value: <inner> } } }, `depth` times.
    const entry = (name: string) => {
        wrap(2);
        const k = text(1, name);
        chunks.push(k);
        length += k.length;
        wrap(1);
    };
    for (let level = 0; level < depth; level++) {
        entry("inner");
        wrap(5);
    }
    entry(key); // the resource's properties Struct, holding `key`
    wrap(2); // AnalyzerResource.properties
    const [spa] = client("hostile", SPA, "none");
    const resource = Buffer.concat([Buffer.from(toAnalyzerResource(spa!).serializeBinary()), Buffer.from(chunks.reverse().flat())]);
    return Buffer.concat([Buffer.from(header(1, resource.length)), resource]); // AnalyzeStackRequest.resources
}

function expectAnswered(violations: PolicyViolation[]): void {
    expect(violations.filter((v) => /\n\s+at .+:\d+:\d+/.test(v.message))).toEqual([]);
    expect(violations.filter((v) => /could not analyze/.test(v.message))).toEqual([]);
    // The rest of the stack is still checked: the SPA's defaults give the refresh-token finding.
    expect(violations.some((v) => v.policy === "refresh-token-rotation" || v.policy === "callback-insecure" || v.policy === "tenant-model")).toBe(true);
}

it("reads past an empty protobuf value and says where it was", async () => {
    const violations = await pack.analyzeEncoded(request(spaProps({ clientMetadata: new Value() })));
    expectAnswered(violations);
    expect(unreadResources(violations)).toEqual([expect.objectContaining({ urn: SPA_URN, message: expect.stringContaining("clientMetadata is an empty protobuf value") })]);
});

it("reads an unknown wire signature as unknown and says so", async () => {
    const odd = Value.fromJavaScript({ [specialSigKey]: "00000000000000000000000000000000", x: 1 });
    const violations = await pack.analyzeEncoded(request(spaProps({ jwtConfiguration: odd })));
    expectAnswered(violations);
    expect(unreadResources(violations)).toEqual([expect.objectContaining({ urn: SPA_URN, message: expect.stringContaining("unknown wire signature") })]);
});

it("downgrades a resource reference the engine would have downgraded, as the engine does", async () => {
    const reference = Value.fromJavaScript({ [specialSigKey]: specialResourceSig, urn: "urn:pulumi:dev::shop::auth0:index/client:Client::other", id: "" });
    const violations = await pack.analyzeEncoded(request(spaProps({ description: reference })));
    expectAnswered(violations);
    expect(unreadResources(violations)).toEqual([]);
});

it(`answers a property nested 5,000 deep, reading ${MAX_DEPTH} levels`, async () => {
    const [, credentials] = client("hostile", SPA, "none");
    const violations = await pack.analyzeEncoded(Buffer.concat([encodeAnalyzeStack([...coherentStack(), credentials!]), deepResource("clientMetadata", 5000)]));
    expectAnswered(violations);
    expect(unreadResources(violations)).toContainEqual(expect.objectContaining({ urn: SPA_URN, message: expect.stringContaining(`nested deeper than ${MAX_DEPTH} levels`) }));
});

it("answers a request it cannot parse with one mandatory diagnostic, not a failed call", async () => {
    // A resource whose properties field claims more bytes than the request holds.
    const violations = await pack.analyzeEncoded(Buffer.from([0x0a, 0x02, 0x12, 0x05]));
    expect(violations).toEqual([expect.objectContaining({ policy: "tenant-model", level: "mandatory", message: expect.stringContaining("could not be parsed") })]);
});

it("lists of empty values are one message, not one per element", async () => {
    const list = new ListValue().setValuesList(Array.from({ length: 5000 }, () => new Value()));
    const violations = await pack.analyzeEncoded(request(spaProps({ callbacks: new Value().setListValue(list) })));
    expectAnswered(violations);
    expect(unreadResources(violations).filter((v) => v.urn === SPA_URN)).toHaveLength(1);
});

it("reads a property named '__proto__' as a property: it lends the resource none of its fields", async () => {
    const { callbacks: _callbacks, ...withoutCallbacks } = SPA;
    const struct = Struct.fromJavaScript({ ...withoutCallbacks, name: "hostile", appType: "spa" } as never);
    struct.getFieldsMap().set("__proto__", Value.fromJavaScript({ callbacks: ["http://evil.example.com/callback"], isFirstParty: false }));
    const violations = await pack.analyzeEncoded(request(struct));
    expectAnswered(violations);
    expect(violations.filter((v) => v.urn === SPA_URN && /evil\.example\.com|third-party/.test(v.message))).toEqual([]);
});
