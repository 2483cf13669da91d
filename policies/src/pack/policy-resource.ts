// Adapts the policy SDK's PolicyResource to the plain PackResource the pack reads. The SDK wraps
// props in a proxy that throws on every unknown value; reading each property through it tells
// which values are unknown, which become UNKNOWN instead of aborting the whole stack policy.
import type { PolicyResource } from "@pulumi/policy";
import { UNKNOWN, type PackResource } from "./resource";

/** The SDK's UnknownValueError is not exported; it is recognised by the sentinel it carries. */
function isUnknownValueError(err: unknown): boolean {
    return err instanceof Error && "unknownTypeSentinel" in err;
}

function plain(value: unknown): unknown {
    if (typeof value !== "object" || value === null) return value;
    const read = (container: Record<string | number, unknown>, key: string | number): unknown => {
        try {
            return plain(container[key]);
        } catch (err) {
            if (isUnknownValueError(err)) return UNKNOWN;
            throw err;
        }
    };
    const object = value as Record<string | number, unknown>;
    // Index by index: Array.prototype.map would read every element through the proxy first.
    if (Array.isArray(value)) return Array.from({ length: value.length }, (_item, index) => read(object, index));
    return Object.fromEntries(Object.keys(object).map((key) => [key, read(object, key)]));
}

export function fromPolicyResource(resource: PolicyResource): PackResource {
    const packResource: PackResource = {
        urn: resource.urn,
        type: resource.type,
        name: resource.name,
        props: plain(resource.props) as Record<string, unknown>,
        aliases: resource.opts.aliases,
        propertyDependencies: Object.fromEntries(
            Object.entries(resource.propertyDependencies).map(([prop, deps]) => [prop, deps.map((dep) => dep.urn)]),
        ),
    };
    if (resource.provider !== undefined) {
        packResource.provider = { urn: resource.provider.urn, props: plain(resource.provider.props) as Record<string, unknown> };
    }
    return packResource;
}
