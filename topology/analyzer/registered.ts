// What a program registered under mocks, in the two forms the pack takes: StackResource for the
// gRPC analyzer (wire format kept, as the engine sends it) and PackResource for in-process reading.
import { plainValue } from "../../policies/src/pack/plain";
import type { PackResource } from "../../policies/src/pack/resource";
import type { RegisteredResource } from "../build/mock-run";
import type { StackResource } from "./wire";

function providerOf(resource: RegisteredResource, byUrn: ReadonlyMap<string, RegisteredResource>): RegisteredResource | undefined {
    // A provider reference is `<urn>::<id>`; the id (unknown at preview) is the last segment.
    const ref = resource.provider;
    return ref === undefined ? undefined : byUrn.get(ref.slice(0, ref.lastIndexOf("::")));
}

export function stackResources(registered: readonly RegisteredResource[]): StackResource[] {
    const byUrn = new Map(registered.map((r) => [r.urn, r]));
    return registered.map((r) => {
        const resource: StackResource = {
            urn: r.urn,
            type: r.type,
            name: r.name,
            props: r.inputs,
            propertyDependencies: r.propertyDependencies,
            protect: r.protect,
            aliases: r.aliases,
        };
        if (r.parent !== undefined) resource.parent = r.parent;
        const provider = providerOf(r, byUrn);
        if (provider !== undefined) resource.provider = { urn: provider.urn, type: provider.type, name: provider.name, props: provider.inputs };
        return resource;
    });
}

export function packResources(registered: readonly RegisteredResource[]): PackResource[] {
    return stackResources(registered).map(({ urn, type, name, props, propertyDependencies, aliases, provider }) => {
        const resource: PackResource = { urn, type, name, props: plainValue(props) as Record<string, unknown>, propertyDependencies };
        if (aliases !== undefined) resource.aliases = aliases;
        if (provider !== undefined) resource.provider = { urn: provider.urn, props: plainValue(provider.props) as Record<string, unknown> };
        return resource;
    });
}
