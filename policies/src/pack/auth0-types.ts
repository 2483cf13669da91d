// The Pulumi type tokens of the @pulumi/auth0 resources the pack reads (the pack does not depend
// on the provider package itself).
export const AUTH0_TYPES = {
    resourceServer: "auth0:index/resourceServer:ResourceServer",
    resourceServerScopes: "auth0:index/resourceServerScopes:ResourceServerScopes",
    resourceServerScope: "auth0:index/resourceServerScope:ResourceServerScope",
    client: "auth0:index/client:Client",
    clientCredentials: "auth0:index/clientCredentials:ClientCredentials",
    clientGrant: "auth0:index/clientGrant:ClientGrant",
    role: "auth0:index/role:Role",
    rolePermissions: "auth0:index/rolePermissions:RolePermissions",
    rolePermission: "auth0:index/rolePermission:RolePermission",
    rule: "auth0:index/rule:Rule",
    hook: "auth0:index/hook:Hook",
    provider: "pulumi:providers:auth0",
} as const;
