// Adapts the policy SDK's PolicyResource to the plain PackResource the pack reads. The SDK wraps
// props in a proxy that throws on every unknown value; the pack needs every value, unknowns included
// (they become UNKNOWN), so it reads the data behind the proxy once instead of through it: reading
// 20,000 resources through the proxy, catching its errors, took half a second. Props the pack's
// own decoder made (decode.ts) are plain already; others (a PolicyResource built elsewhere) are read here.
import type { PolicyResource } from "@pulumi/policy";
import { decodedOf } from "./decode";
import { plainValue, secretStrings } from "./plain";
import type { PackResource } from "./resource";

/** The SDK proxy answers this key with the object it wraps; anything else is already plain. */
const PROXY_TARGET = "__getSpecialProxyTarget";

function unwrapped(value: object): object {
    return ((value as Record<string, unknown>)[PROXY_TARGET] as object | undefined) ?? value;
}

function plainProps(props: object): { props: Record<string, unknown>; undecodable?: string[]; secrets: string[] } {
    const data = unwrapped(props);
    const decoded = decodedOf(data);
    if (decoded !== undefined) return { props: data as Record<string, unknown>, ...decoded };
    return { props: plainValue(data) as Record<string, unknown>, secrets: secretStrings(data) };
}

export function fromPolicyResource(resource: PolicyResource): PackResource {
    const { props, undecodable, secrets } = plainProps(resource.props);
    const packResource: PackResource = {
        urn: resource.urn,
        type: resource.type,
        name: resource.name,
        props,
        aliases: resource.opts.aliases,
        propertyDependencies: Object.fromEntries(
            Object.entries(resource.propertyDependencies).map(([prop, deps]) => [prop, deps.map((dep) => dep.urn)]),
        ),
    };
    if (resource.parent !== undefined) packResource.parent = resource.parent.urn;
    if (undecodable !== undefined) packResource.undecodable = undecodable;
    if (secrets.length > 0) packResource.secrets = secrets;
    if (resource.provider !== undefined) packResource.provider = { urn: resource.provider.urn, props: plainProps(resource.provider.props).props };
    return packResource;
}
