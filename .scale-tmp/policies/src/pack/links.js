"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Links = void 0;
// How one resource points at another. A reference is followed through the resource's property
// dependencies first (the only link that exists at preview, when a new client's id is still
// unknown), then through the literal value (an identifier or id written in the program).
const model_1 = require("../model");
const auth0_types_1 = require("./auth0-types");
const resource_1 = require("./resource");
/** Any tenant's Management API audience, whatever the pack was told about the domain. */
const MANAGEMENT_AUDIENCE = /^https:\/\/[^/]+\.auth0\.com\/api\/v2\/$/;
class Links {
    byUrn;
    apiByIdentifier;
    clientById = new Map();
    constructor(resources, apis) {
        this.byUrn = new Map(resources.map((r) => [r.urn, r]));
        this.apiByIdentifier = new Map(apis.map((api) => [api.identifier, api.key]));
        for (const r of resources) {
            // A deployed client's state carries its id; grants written with that literal id link to it.
            if (r.type === auth0_types_1.AUTH0_TYPES.client && typeof r.props.clientId === "string")
                this.clientById.set(r.props.clientId, r.name);
        }
    }
    /** The name of the resource of `type` that `prop` depends on, if exactly one. */
    dependency(resource, prop, type) {
        const names = new Set((resource.propertyDependencies[prop] ?? []).flatMap((urn) => {
            const target = this.byUrn.get(urn);
            return target?.type === type ? [target.name] : [];
        }));
        return names.size === 1 ? [...names][0] : undefined;
    }
    /**
     * The key of the API `reader[prop]` names: a resource server of the stack, an external API, the
     * Management API, or else the audience as written (so unknown-api can report it). undefined when
     * the value is unknown and comes from no resource server (reported).
     */
    api(resource, reader, prop, dependencyProp = prop) {
        const value = reader.value(prop, "string");
        if (typeof value === "string") {
            const known = this.apiByIdentifier.get(value);
            if (known !== undefined)
                return known;
            if (MANAGEMENT_AUDIENCE.test(value))
                return model_1.MANAGEMENT_API;
        }
        const linked = this.dependency(resource, dependencyProp, auth0_types_1.AUTH0_TYPES.resourceServer);
        if (linked !== undefined)
            return linked;
        if (typeof value === "string")
            return value;
        reader.report(value === resource_1.UNKNOWN
            ? `${prop} is not known during preview and comes from no resource server of this stack; not checked`
            : `${prop} is missing; not checked`);
        return undefined;
    }
    /** The key of the client `reader.clientId` names, or the id as written when the client is not in this stack. */
    client(resource, reader) {
        const linked = this.dependency(resource, "clientId", auth0_types_1.AUTH0_TYPES.client);
        if (linked !== undefined)
            return linked;
        const value = reader.value("clientId", "string");
        if (typeof value === "string")
            return this.clientById.get(value) ?? value;
        reader.report(value === resource_1.UNKNOWN
            ? "clientId is not known during preview and comes from no client of this stack; not checked"
            : "clientId is missing; not checked");
        return undefined;
    }
    /** The key of the role `roleId` comes from; a role outside the stack cannot be checked (reported). */
    role(resource, reader) {
        const linked = this.dependency(resource, "roleId", auth0_types_1.AUTH0_TYPES.role);
        if (linked === undefined)
            reader.report("roleId names no role of this stack; its permissions are not checked");
        return linked;
    }
}
exports.Links = Links;
//# sourceMappingURL=links.js.map