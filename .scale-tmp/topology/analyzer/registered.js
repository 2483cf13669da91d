"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.stackResources = stackResources;
exports.packResources = packResources;
// What a program registered under mocks, in the two forms the pack takes: StackResource for the
// gRPC analyzer (wire format kept, as the engine sends it) and PackResource for in-process reading.
const rpc_1 = require("@pulumi/pulumi/runtime/rpc");
const resource_1 = require("../../policies/src/pack/resource");
function providerOf(resource, byUrn) {
    // A provider reference is `<urn>::<id>`; the id (unknown at preview) is the last segment.
    const ref = resource.provider;
    return ref === undefined ? undefined : byUrn.get(ref.slice(0, ref.lastIndexOf("::")));
}
function stackResources(registered) {
    const byUrn = new Map(registered.map((r) => [r.urn, r]));
    return registered.map((r) => {
        const resource = {
            urn: r.urn,
            type: r.type,
            name: r.name,
            props: r.inputs,
            propertyDependencies: r.propertyDependencies,
            protect: r.protect,
            aliases: r.aliases,
        };
        if (r.parent !== undefined)
            resource.parent = r.parent;
        const provider = providerOf(r, byUrn);
        if (provider !== undefined)
            resource.provider = { urn: provider.urn, type: provider.type, name: provider.name, props: provider.inputs };
        return resource;
    });
}
/** Wire values as plain data: the unknown sentinel becomes UNKNOWN, secrets their value. */
function plain(value) {
    if (value === rpc_1.unknownValue)
        return resource_1.UNKNOWN;
    if (Array.isArray(value))
        return value.map(plain);
    if (typeof value !== "object" || value === null)
        return value;
    const object = value;
    if (object[rpc_1.specialSigKey] === rpc_1.specialSecretSig)
        return plain(object.value);
    return Object.fromEntries(Object.entries(object).map(([k, v]) => [k, plain(v)]));
}
function packResources(registered) {
    return stackResources(registered).map(({ urn, type, name, props, propertyDependencies, aliases, provider }) => {
        const resource = { urn, type, name, props: plain(props), propertyDependencies };
        if (aliases !== undefined)
            resource.aliases = aliases;
        if (provider !== undefined)
            resource.provider = { urn: provider.urn, props: plain(provider.props) };
        return resource;
    });
}
//# sourceMappingURL=registered.js.map