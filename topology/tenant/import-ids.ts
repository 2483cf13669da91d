// How the provider imports each resource the program registers: the id `pulumi import` takes.
// Read from terraform-provider-auth0 v1.53.0 (bundled by @pulumi/auth0 3.49.0), docs/resources/*.md
// "Import" sections: resource_server by its id, resource_server_scopes by the API's identifier,
// client and client_credentials by client_id, client_grant by its cgr_ id, role and
// role_permissions by the rol_ id.
import type { RegisteredResource } from "../build/under-mocks";
import { TENANT_COMPONENT_TYPE } from "../../policies/src/tenant-component";
import { grantName } from "../build/grants";
import type { Adoption } from "./adopt";
import { expand } from "./keywords";
import { own } from "../../policies/src/own";

export const PROVIDER_IMPORT_IDS = {
    provider: "terraform-provider-auth0",
    version: "v1.53.0",
    ids: {
        "auth0:index/resourceServer:ResourceServer": "resource server id",
        "auth0:index/resourceServerScopes:ResourceServerScopes": "resource server identifier",
        "auth0:index/client:Client": "client_id",
        "auth0:index/clientCredentials:ClientCredentials": "client_id",
        "auth0:index/clientGrant:ClientGrant": "client grant id (cgr_)",
        "auth0:index/role:Role": "role id (rol_)",
        "auth0:index/rolePermissions:RolePermissions": "role id (rol_)",
    },
} as const;

type ImportType = keyof typeof PROVIDER_IMPORT_IDS.ids;

/** The tenant's id for one registered resource, by its type and name; undefined when the source has none. */
export function tenantIds(adoption: Adoption): (type: string, name: string) => string | undefined {
    const apis = new Map(adoption.apis.map((a) => [a.key, a]));
    const clients = new Map(adoption.clients.map((c) => [c.key, c.client.value.client_id]));
    const roles = new Map(adoption.roles.map((r) => [r.key, r.role.value.id]));
    const grants = new Map(adoption.grants.filter((g) => g.expressible).map((g) => [grantName(g.client.key, g.api, g.subjectType), g.grant.value.id]));
    const byType: Record<ImportType, (name: string) => string | undefined> = {
        "auth0:index/resourceServer:ResourceServer": (name) => apis.get(name)?.server?.value.id,
        "auth0:index/resourceServerScopes:ResourceServerScopes": (name) => {
            const api = apis.get(name);
            return api === undefined ? undefined : expand(api.identifier, adoption.snapshot.vars);
        },
        "auth0:index/client:Client": (name) => clients.get(name),
        "auth0:index/clientCredentials:ClientCredentials": (name) => clients.get(name),
        "auth0:index/clientGrant:ClientGrant": (name) => grants.get(name),
        "auth0:index/role:Role": (name) => roles.get(name),
        "auth0:index/rolePermissions:RolePermissions": (name) => roles.get(name),
    };
    return (type, name) => own(byType, type)?.(name);
}

/** One entry of a `pulumi import --file` file (https://www.pulumi.com/docs/iac/guides/migration/import/#bulk-import-operations). */
export interface ImportEntry {
    type: string;
    /** Unique within the file: what `parent` refers to and the name generated code uses. */
    name: string;
    /** The resource name the program registers. */
    logicalName: string;
    id?: string;
    parent?: string;
    component?: boolean;
}

export interface ImportFile {
    resources: ImportEntry[];
}

export class MissingIdsError extends Error {
    override name = "MissingIdsError";
}


/**
 * The import file for what the program registered: every resource, with its type, its name and its
 * parent exactly as registered, and the tenant's id; the Tenant component is created empty
 * (`component: true`) to parent them.
 */
export function importFile(registered: readonly RegisteredResource[], idOf: (type: string, name: string) => string | undefined): ImportFile {
    const entries: ImportEntry[] = [];
    const nameOf = new Map<string, string>();
    const missing: string[] = [];
    for (const resource of registered) {
        if (resource.parent === undefined) continue; // the root stack
        const fileName = `${resource.type.split(":").pop()!.replace(/^./, (c) => c.toLowerCase())}-${resource.name}`.replace(/[^A-Za-z0-9_-]/g, "_");
        nameOf.set(resource.urn, fileName);
        const entry: ImportEntry = { type: resource.type, name: fileName, logicalName: resource.name };
        const parent = nameOf.get(resource.parent);
        if (parent !== undefined) entry.parent = parent;
        if (resource.type === TENANT_COMPONENT_TYPE) entry.component = true;
        else {
            const id = idOf(resource.type, resource.name);
            if (id === undefined) missing.push(`${resource.type} ${resource.name}`);
            else entry.id = id;
        }
        entries.push(entry);
    }
    if (missing.length > 0) {
        throw new MissingIdsError(`the source has no tenant id for ${missing.length} planned resource(s) (${missing.slice(0, 3).join("; ")}${missing.length > 3 ? "…" : ""}); deploy-cli exports carry no ids: import from a Management API dump or the live tenant to write the import file`);
    }
    return { resources: entries };
}
