// The policy SDK's own handlers must read from the pack's views exactly what they read from the
// messages google-protobuf parses: each request is written by google-protobuf, then handed to the
// SDK's Analyze, Remediate and AnalyzeStack handlers twice, once parsed by the SDK's generated code
// with the SDK's decoder, once parsed by analyzer-requests.ts with the pack's decoder.
import fc from "fast-check";
import type { PolicyResource } from "@pulumi/policy";
import * as analyzer from "@pulumi/pulumi/proto/analyzer_pb";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { fuzzRuns } from "../../../test/support/fuzz-runs";
import { wireProps } from "../testing/wire-values";
import { ANALYZER_PROTOCOL, readAnalyzeRequest, readAnalyzeStackRequest } from "./analyzer-requests";
import { decodeProperties } from "./decode";
import { fromPolicyResource } from "./policy-resource";

type Handler = (call: { request: unknown }, callback: (err: unknown, response: unknown) => void) => Promise<void>;
const server = require("@pulumi/policy/server") as Record<"makeAnalyzeRpcFun" | "makeAnalyzeStackRpcFun" | "makeRemediateRpcFun", (...args: unknown[]) => Handler>;
const deserialize = require("@pulumi/policy/deserialize") as { deserializeProperties: unknown };
const sdkDecoderItself = deserialize.deserializeProperties as (struct: Struct, proxySecrets: boolean) => object;
// Remediate asks for secrets as proxies; the pack's decoder, like this one, always unwraps them (the
// pack has no remediations), so the two are compared on what was parsed, not on that.
const sdkDecoder = (struct: Struct) => sdkDecoderItself(struct, false);

it("was written for the SDK versions the pack runs with", () => {
    expect(require("@pulumi/pulumi/package.json").version).toBe(ANALYZER_PROTOCOL.pulumi);
    // @pulumi/policy writes its version with a leading "v".
    expect(require("@pulumi/policy/package.json").version.replace(/^v/, "")).toBe(ANALYZER_PROTOCOL.policy);
});

const urns = fc.constantFrom("urn:pulumi:dev::p::auth0:index/client:Client::web", "urn:pulumi:dev::p::auth0:index/resourceServer:ResourceServer::api", "");
const text = fc.string({ maxLength: 8 });

const options = fc.record({
    protect: fc.boolean(),
    ignoreChanges: fc.array(text, { maxLength: 3 }),
    deleteBeforeReplace: fc.boolean(),
    deleteBeforeReplaceDefined: fc.boolean(),
    additionalSecretOutputs: fc.array(text, { maxLength: 3 }),
    aliases: fc.array(urns, { maxLength: 2 }),
    customTimeouts: fc.option(fc.tuple(fc.double({ noNaN: true }), fc.double({ noNaN: true }), fc.double({ noNaN: true })), { nil: undefined }),
    parent: urns,
});

const provider = fc.option(fc.record({ type: text, urn: urns, name: text, props: wireProps }), { nil: undefined });

const resource = fc.record({
    type: text,
    urn: urns,
    name: text,
    // The engine always sends props; the SDK's decoder fails without them, the pack's reads none.
    props: wireProps,
    options,
    provider,
    parent: urns,
    dependencies: fc.array(urns, { maxLength: 3 }),
    propertyDependencies: fc.dictionary(text, fc.array(urns, { maxLength: 2 }), { maxKeys: 3 }),
});

type Resource = typeof resource extends fc.Arbitrary<infer T> ? T : never;

function writeOptions(o: Resource["options"]): analyzer.AnalyzerResourceOptions {
    const written = new analyzer.AnalyzerResourceOptions()
        .setProtect(o.protect)
        .setIgnorechangesList(o.ignoreChanges)
        .setDeletebeforereplace(o.deleteBeforeReplace)
        .setDeletebeforereplacedefined(o.deleteBeforeReplaceDefined)
        .setAdditionalsecretoutputsList(o.additionalSecretOutputs)
        .setAliasesList(o.aliases)
        .setParent(o.parent);
    if (o.customTimeouts !== undefined) {
        const [create, update, remove] = o.customTimeouts;
        written.setCustomtimeouts(new analyzer.AnalyzerResourceOptions.CustomTimeouts().setCreate(create).setUpdate(update).setDelete(remove));
    }
    return written;
}

/** The first six fields, which AnalyzeRequest and AnalyzerResource share. */
function writeCommon<M extends analyzer.AnalyzeRequest | analyzer.AnalyzerResource>(message: M, r: Resource): M {
    message.setType(r.type).setUrn(r.urn).setName(r.name).setOptions(writeOptions(r.options)).setProperties(Struct.fromJavaScript(r.props as never));
    if (r.provider !== undefined) {
        const { type, urn, name, props } = r.provider;
        message.setProvider(new analyzer.AnalyzerProviderResource().setType(type).setUrn(urn).setName(name).setProperties(Struct.fromJavaScript(props as never)));
    }
    return message;
}

function writeResource(r: Resource): analyzer.AnalyzerResource {
    const message = writeCommon(new analyzer.AnalyzerResource(), r).setParent(r.parent).setDependenciesList(r.dependencies);
    for (const [key, urnList] of Object.entries(r.propertyDependencies)) {
        message.getPropertydependenciesMap().set(key, new analyzer.AnalyzerPropertyDependencies().setUrnsList(urnList));
    }
    return message;
}

/** What the SDK's handler gave its policy, read once the decoder of that side is in place. */
async function handled(handler: Handler, request: unknown, decoder: unknown): Promise<unknown> {
    deserialize.deserializeProperties = decoder;
    try {
        return await new Promise((resolve, reject) => handler({ request }, (err) => (err ? reject(err) : resolve(undefined))));
    } finally {
        deserialize.deserializeProperties = sdkDecoderItself;
    }
}

/**
 * What a policy is given of one resource, props read as the pack reads them, less the secrets only
 * the pack's decoder records (the SDK's drops them).
 */
function reading(resource: PolicyResource) {
    const { secrets: _secrets, ...rest } = fromPolicyResource(resource);
    return {
        ...rest,
        opts: resource.opts,
        dependencies: resource.dependencies.map((d) => d.urn),
        providerIdentity: resource.provider && { type: resource.provider.type, name: resource.provider.name },
    };
}

/** Both sides' readings of one request by one handler, its policy's function made by `capture`. */
async function bothReadings(make: keyof typeof server, level: string, sdkRequest: unknown, packRequest: unknown, capture: (record: (seen: unknown) => void) => object) {
    const readings: unknown[] = [];
    const handler = server[make]("pack", "1.0.0", "advisory", [{ name: "p", description: "d", enforcementLevel: level, ...capture((s) => readings.push(s)) }]);
    await handled(handler, sdkRequest, sdkDecoder);
    await handled(handler, packRequest, decodeProperties);
    expect(readings).toHaveLength(2);
    return readings;
}

it("gives AnalyzeStack's handler the same resources, options, links and props", async () => {
    await fc.assert(
        fc.asyncProperty(fc.array(resource, { maxLength: 4 }), async (resources) => {
            const bytes = new analyzer.AnalyzeStackRequest().setResourcesList(resources.map(writeResource)).serializeBinary();
            const [sdk, pack] = await bothReadings("makeAnalyzeStackRpcFun", "advisory", analyzer.AnalyzeStackRequest.deserializeBinary(bytes), readAnalyzeStackRequest(bytes), (record) => ({
                validateStack: (args: { resources: PolicyResource[] }) => record(args.resources.map(reading)),
            }));
            expect(pack).toEqual(sdk);
        }),
        fuzzRuns(150),
    );
});

it.each([
    ["Analyze", "makeAnalyzeRpcFun", "advisory", "validateResource"],
    ["Remediate", "makeRemediateRpcFun", "remediate", "remediateResource"],
] as const)("gives %s's handler the same resource", async (_name, make, level, method) => {
    await fc.assert(
        fc.asyncProperty(resource, async (r) => {
            const bytes = writeCommon(new analyzer.AnalyzeRequest(), r).serializeBinary();
            const [sdk, pack] = await bothReadings(make, level, analyzer.AnalyzeRequest.deserializeBinary(bytes), readAnalyzeRequest(bytes), (record) => ({
                // A resource policy or a remediation is given the resource's fields, without links.
                [method]: (args: Omit<PolicyResource, "dependencies" | "propertyDependencies">) => void record(reading({ ...args, dependencies: [], propertyDependencies: {} })),
            }));
            expect(pack).toEqual(sdk);
        }),
        fuzzRuns(100),
    );
});

it("reads a request without options as the SDK does: its handler refuses it", async () => {
    const bytes = new analyzer.AnalyzeRequest().setType("auth0:index/client:Client").setUrn("urn:x").setProperties(Struct.fromJavaScript({})).serializeBinary();
    const handler = server.makeAnalyzeRpcFun("pack", "1.0.0", "advisory", [{ name: "p", description: "d", enforcementLevel: "advisory", validateResource: () => undefined }]);
    // The messages, without the stack traces the SDK appends.
    const reason = (err: Error) => err.message.split("\n").filter((line) => !line.startsWith("    at ")).join("\n");
    const sdkError = await handled(handler, analyzer.AnalyzeRequest.deserializeBinary(bytes), sdkDecoder).catch(reason);
    const packError = await handled(handler, readAnalyzeRequest(bytes), decodeProperties).catch(reason);
    expect(packError).toMatch(/more recent version of the Pulumi CLI/);
    expect(packError).toEqual(sdkError);
});

it("throws on bytes that are not a request, for the pack's parser to report", () => {
    expect(() => readAnalyzeStackRequest(Buffer.from([0x0a, 0x05, 0x01]))).toThrow();
});
