// Adapts the policy SDK's PolicyResource to the plain PackResource the pack reads. The SDK wraps
// props in a proxy that throws on every unknown value; the pack needs every value, unknowns included
// (they become UNKNOWN), so it reads the data behind the proxy once instead of through it: reading
// 20,000 resources through the proxy, catching its errors, took half a second.
import type { PolicyResource } from "@pulumi/policy";
import { secretsOf, undecodableOf } from "./decode";
import { plainValue, secretStrings } from "./plain";
import type { PackResource } from "./resource";

/** The SDK proxy answers this key with the object it wraps; anything else is already plain. */
const PROXY_TARGET = "__getSpecialProxyTarget";

function unwrapped(value: object): object {
    return ((value as Record<string, unknown>)[PROXY_TARGET] as object | undefined) ?? value;
}

const plainProps = (props: object) => plainValue(unwrapped(props)) as Record<string, unknown>;

export function fromPolicyResource(resource: PolicyResource): PackResource {
    const undecodable = undecodableOf(unwrapped(resource.props));
    const packResource: PackResource = {
        urn: resource.urn,
        type: resource.type,
        name: resource.name,
        props: plainProps(resource.props),
        aliases: resource.opts.aliases,
        propertyDependencies: Object.fromEntries(
            Object.entries(resource.propertyDependencies).map(([prop, deps]) => [prop, deps.map((dep) => dep.urn)]),
        ),
    };
    if (resource.parent !== undefined) packResource.parent = resource.parent.urn;
    if (undecodable !== undefined) packResource.undecodable = undecodable;
    const secrets = [...secretsOf(unwrapped(resource.props)), ...secretStrings(unwrapped(resource.props))];
    if (secrets.length > 0) packResource.secrets = secrets;
    if (resource.provider !== undefined) packResource.provider = { urn: resource.provider.urn, props: plainProps(resource.provider.props) };
    return packResource;
}
