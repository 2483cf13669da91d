// How one resource points at another. A reference is followed through the resource's property
// dependencies first (the only link that exists at preview, when a new client's id is still
// unknown), then through the literal value (an identifier or id written in the program).
import { MANAGEMENT_API, type Api } from "../model";
import { AUTH0_TYPES } from "./auth0-types";
import type { PropReader } from "./props";
import { UNKNOWN, type PackResource } from "./resource";

/** Any tenant's Management API audience, whatever the pack was told about the domain. */
const MANAGEMENT_AUDIENCE = /^https:\/\/[^/]+\.auth0\.com\/api\/v2\/$/;

export class Links {
    private readonly byUrn: Map<string, PackResource>;
    private readonly apiByIdentifier: Map<string, string>;
    private readonly clientById = new Map<string, string>();

    constructor(resources: readonly PackResource[], apis: readonly Api[]) {
        this.byUrn = new Map(resources.map((r) => [r.urn, r]));
        this.apiByIdentifier = new Map(apis.map((api) => [api.identifier, api.key]));
        for (const r of resources) {
            // A deployed client's state carries its id; grants written with that literal id link to it.
            if (r.type === AUTH0_TYPES.client && typeof r.props.clientId === "string") this.clientById.set(r.props.clientId, r.name);
        }
    }

    /** The name of the resource of `type` that `prop` depends on, if exactly one. */
    private dependency(resource: PackResource, prop: string, type: string): string | undefined {
        // A loop, not a Set: every grant, scope and permission of a 20,000-resource stack comes here.
        let found: string | undefined;
        for (const urn of resource.propertyDependencies[prop] ?? []) {
            const target = this.byUrn.get(urn);
            if (target?.type !== type || target.name === found) continue;
            if (found !== undefined) return undefined;
            found = target.name;
        }
        return found;
    }

    /**
     * The key of the API `reader[prop]` names: a resource server of the stack, an external API, the
     * Management API, or else the audience as written (so unknown-api can report it). undefined when
     * the value is unknown and comes from no resource server (reported).
     */
    api(resource: PackResource, reader: PropReader, prop: string, dependencyProp = prop): string | undefined {
        const value = reader.value(prop, "string");
        if (typeof value === "string") {
            const known = this.apiByIdentifier.get(value);
            if (known !== undefined) return known;
            if (MANAGEMENT_AUDIENCE.test(value)) return MANAGEMENT_API;
        }
        const linked = this.dependency(resource, dependencyProp, AUTH0_TYPES.resourceServer);
        if (linked !== undefined) return linked;
        if (typeof value === "string") return value;
        reader.report(
            value === UNKNOWN
                ? `${prop} is not known during preview and comes from no resource server of this stack; not checked`
                : `${prop} is missing; not checked`,
        );
        return undefined;
    }

    /** The key of the client `reader.clientId` names, or the id as written when the client is not in this stack. */
    client(resource: PackResource, reader: PropReader): string | undefined {
        const linked = this.dependency(resource, "clientId", AUTH0_TYPES.client);
        if (linked !== undefined) return linked;
        const value = reader.value("clientId", "string");
        if (typeof value === "string") return this.clientById.get(value) ?? value;
        reader.report(
            value === UNKNOWN
                ? "clientId is not known during preview and comes from no client of this stack; not checked"
                : "clientId is missing; not checked",
        );
        return undefined;
    }

    /** The key of the role `roleId` comes from; a role outside the stack cannot be checked (reported). */
    role(resource: PackResource, reader: PropReader): string | undefined {
        const linked = this.dependency(resource, "roleId", AUTH0_TYPES.role);
        if (linked === undefined) reader.report("roleId names no role of this stack; its permissions are not checked");
        return linked;
    }
}
