// Lookups over what a mock run registered, for the builder's tests.
import type { RegisteredResource } from "../../topology/build/under-mocks";

export const T = {
    stack: "pulumi:pulumi:Stack",
    tenant: "auth0-topology:index:Tenant",
    resourceServer: "auth0:index/resourceServer:ResourceServer",
    resourceServerScopes: "auth0:index/resourceServerScopes:ResourceServerScopes",
    client: "auth0:index/client:Client",
    clientCredentials: "auth0:index/clientCredentials:ClientCredentials",
    clientGrant: "auth0:index/clientGrant:ClientGrant",
    role: "auth0:index/role:Role",
    rolePermissions: "auth0:index/rolePermissions:RolePermissions",
} as const;

export function ofType(resources: readonly RegisteredResource[], type: string): RegisteredResource[] {
    return resources.filter((r) => r.type === type);
}

export function one(resources: readonly RegisteredResource[], type: string, name: string): RegisteredResource {
    const found = resources.filter((r) => r.type === type && r.name === name);
    if (found.length !== 1) throw new Error(`expected one ${type} named ${name}, found ${found.length}`);
    return found[0]!;
}

export function names(resources: readonly RegisteredResource[], type: string): string[] {
    return ofType(resources, type)
        .map((r) => r.name)
        .sort();
}
