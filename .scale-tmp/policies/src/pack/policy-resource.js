"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.fromPolicyResource = fromPolicyResource;
const resource_1 = require("./resource");
/** The SDK's UnknownValueError is not exported; it is recognised by the sentinel it carries. */
function isUnknownValueError(err) {
    return err instanceof Error && "unknownTypeSentinel" in err;
}
function plain(value) {
    if (typeof value !== "object" || value === null)
        return value;
    const read = (container, key) => {
        try {
            return plain(container[key]);
        }
        catch (err) {
            if (isUnknownValueError(err))
                return resource_1.UNKNOWN;
            throw err;
        }
    };
    const object = value;
    // Index by index: Array.prototype.map would read every element through the proxy first.
    if (Array.isArray(value))
        return Array.from({ length: value.length }, (_item, index) => read(object, index));
    return Object.fromEntries(Object.keys(object).map((key) => [key, read(object, key)]));
}
function fromPolicyResource(resource) {
    const packResource = {
        urn: resource.urn,
        type: resource.type,
        name: resource.name,
        props: plain(resource.props),
        aliases: resource.opts.aliases,
        propertyDependencies: Object.fromEntries(Object.entries(resource.propertyDependencies).map(([prop, deps]) => [prop, deps.map((dep) => dep.urn)])),
    };
    if (resource.provider !== undefined) {
        packResource.provider = { urn: resource.provider.urn, props: plain(resource.provider.props) };
    }
    return packResource;
}
//# sourceMappingURL=policy-resource.js.map