// Pulumi's own floor: a program that registers the same number of @pulumi/auth0 resources of the
// same types as the topology program, with constant inputs, no parent component, no outputs passed
// between resources and no logic. What it costs per resource is what Pulumi itself costs.
import * as auth0 from "@pulumi/auth0";
import type * as pulumi from "@pulumi/pulumi";

/** Registered resources per Pulumi type token. */
export type TypeCounts = Record<string, number>;

type Register = (name: string) => pulumi.CustomResource;

/** Per type, a registration with inputs shaped like the builder's (same fields, constant values). */
const REGISTER: Record<string, Register> = {
    "auth0:index/resourceServer:ResourceServer": (name) =>
        new auth0.ResourceServer(name, {
            identifier: "https://api.bench.example.com",
            name: "Bench API",
            signingAlg: "RS256",
            tokenLifetime: 86400,
            allowOfflineAccess: false,
            enforcePolicies: true,
            tokenDialect: "access_token_authz",
            skipConsentForVerifiableFirstPartyClients: true,
            subjectTypeAuthorization: { user: { policy: "require_client_grant" }, client: { policy: "require_client_grant" } },
        }),
    "auth0:index/resourceServerScopes:ResourceServerScopes": (name) =>
        new auth0.ResourceServerScopes(name, {
            resourceServerIdentifier: "https://api.bench.example.com",
            scopes: [
                { name: "read:res", description: "Read resource" },
                { name: "write:res", description: "Write resource" },
                { name: "admin:res", description: "Administer resource" },
            ],
        }),
    "auth0:index/client:Client": (name) =>
        new auth0.Client(name, {
            name: "Bench SPA",
            appType: "spa",
            isFirstParty: true,
            grantTypes: ["authorization_code"],
            callbacks: ["https://spa.bench.example.com/callback"],
            allowedLogoutUrls: ["https://spa.bench.example.com"],
            webOrigins: ["https://spa.bench.example.com"],
            allowedOrigins: [],
            oidcConformant: true,
            jwtConfiguration: { alg: "RS256" },
            refreshToken: { rotationType: "non-rotating", expirationType: "non-expiring", infiniteTokenLifetime: true, infiniteIdleTokenLifetime: true },
        }),
    "auth0:index/clientCredentials:ClientCredentials": (name) =>
        new auth0.ClientCredentials(name, { clientId: "bench-client-id", authenticationMethod: "none" }),
    "auth0:index/clientGrant:ClientGrant": (name) =>
        new auth0.ClientGrant(name, { clientId: "bench-client-id", audience: "https://api.bench.example.com", subjectType: "user", scopes: ["read:res"] }),
    "auth0:index/role:Role": (name) => new auth0.Role(name, { name: "Bench role", description: "Administers APIs" }),
    "auth0:index/rolePermissions:RolePermissions": (name) =>
        new auth0.RolePermissions(name, {
            roleId: "bench-role-id",
            permissions: [{ name: "admin:res", resourceServerIdentifier: "https://api.bench.example.com", resourceServerName: "Bench API" }],
        }),
};

export function bareProgram(counts: TypeCounts): () => Promise<void> {
    return async () => {
        for (const [type, count] of Object.entries(counts)) {
            const register = REGISTER[type];
            if (register === undefined) throw new Error(`the bare program has no registration for ${type}`);
            for (let i = 0; i < count; i++) register(`r${i}`);
        }
    };
}
