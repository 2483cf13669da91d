// Pulumi's own floor: a program that registers the same number of @pulumi/auth0 resources of the
// same types as the topology program, with constant values and no logic. What it costs per
// resource is what Pulumi itself costs. Two shapes:
// - "flat": no parent component, every input a constant;
// - "wired": the resource graph of a real program (children of one component, client ids and
//   identifiers passed as outputs between resources, grants depending on their API's scopes),
//   which the engine needs for property dependencies and ordering. What the topology program
//   costs beyond this is its own logic (checking the topology, building inputs, stack outputs).
import * as auth0 from "@pulumi/auth0";
import * as pulumi from "@pulumi/pulumi";

/** Registered resources per Pulumi type token. */
export type TypeCounts = Record<string, number>;

export type BareShape = "flat" | "wired";

/** What a resource takes from resources registered before it: constants when flat, outputs when wired. */
interface Refs {
    clientId(i: number): pulumi.Input<string>;
    identifier(i: number): pulumi.Input<string>;
    roleId(i: number): pulumi.Input<string>;
    scopesOf(i: number): pulumi.Resource[];
    opts: pulumi.CustomResourceOptions;
}

type Register = (name: string, i: number, refs: Refs) => pulumi.CustomResource;

/** Per type, in dependency order, a registration with inputs shaped like the builder's (same fields, constant values). */
const REGISTER: [string, Register][] = [
    [
        "auth0:index/resourceServer:ResourceServer",
        (name, _i, refs) =>
            new auth0.ResourceServer(
                name,
                {
                    identifier: `https://${name}.bench.example.com`,
                    name: "Bench API",
                    signingAlg: "RS256",
                    tokenLifetime: 86400,
                    allowOfflineAccess: false,
                    enforcePolicies: true,
                    tokenDialect: "access_token_authz",
                    skipConsentForVerifiableFirstPartyClients: true,
                    subjectTypeAuthorization: { user: { policy: "require_client_grant" }, client: { policy: "require_client_grant" } },
                },
                refs.opts,
            ),
    ],
    [
        "auth0:index/resourceServerScopes:ResourceServerScopes",
        (name, i, refs) =>
            new auth0.ResourceServerScopes(
                name,
                {
                    resourceServerIdentifier: refs.identifier(i),
                    scopes: [
                        { name: "read:res", description: "Read resource" },
                        { name: "write:res", description: "Write resource" },
                        { name: "admin:res", description: "Administer resource" },
                    ],
                },
                refs.opts,
            ),
    ],
    [
        "auth0:index/client:Client",
        (name, _i, refs) =>
            new auth0.Client(
                name,
                {
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
                },
                refs.opts,
            ),
    ],
    [
        "auth0:index/clientCredentials:ClientCredentials",
        (name, i, refs) => new auth0.ClientCredentials(name, { clientId: refs.clientId(i), authenticationMethod: "none" }, refs.opts),
    ],
    [
        "auth0:index/clientGrant:ClientGrant",
        (name, i, refs) =>
            new auth0.ClientGrant(
                name,
                { clientId: refs.clientId(i), audience: refs.identifier(i), subjectType: "user", scopes: ["read:res"] },
                { ...refs.opts, dependsOn: refs.scopesOf(i) },
            ),
    ],
    ["auth0:index/role:Role", (name, _i, refs) => new auth0.Role(name, { name: "Bench role", description: "Administers APIs" }, refs.opts)],
    [
        "auth0:index/rolePermissions:RolePermissions",
        (name, i, refs) =>
            new auth0.RolePermissions(
                name,
                { roleId: refs.roleId(i), permissions: [{ name: "admin:res", resourceServerIdentifier: refs.identifier(i) }] },
                refs.opts,
            ),
    ],
];

/** The i-th resource of a type, cycling when a dependent type has more resources than its target. */
const nth = <T>(items: readonly T[], i: number): T => items[i % items.length]!;

function wiredRefs(registered: Map<string, pulumi.CustomResource[]>, parent: pulumi.Resource): Refs {
    const of = <T extends pulumi.CustomResource>(type: string) => (registered.get(type) ?? []) as T[];
    return {
        clientId: (i) => nth(of<auth0.Client>("auth0:index/client:Client"), i).clientId,
        identifier: (i) => nth(of<auth0.ResourceServer>("auth0:index/resourceServer:ResourceServer"), i).identifier,
        roleId: (i) => nth(of<auth0.Role>("auth0:index/role:Role"), i).id,
        scopesOf: (i) => [nth(of("auth0:index/resourceServerScopes:ResourceServerScopes"), i)],
        opts: { parent },
    };
}

const FLAT_REFS: Refs = {
    clientId: () => "bench-client-id",
    identifier: () => "https://api.bench.example.com",
    roleId: () => "bench-role-id",
    scopesOf: () => [],
    opts: {},
};

export function bareProgram(counts: TypeCounts, shape: BareShape = "flat"): () => Promise<void> {
    return async () => {
        const unknown = Object.keys(counts).filter((type) => !REGISTER.some(([t]) => t === type));
        if (unknown.length > 0) throw new Error(`the bare program has no registration for ${unknown.join(", ")}`);
        const registered = new Map<string, pulumi.CustomResource[]>();
        const refs = shape === "flat" ? FLAT_REFS : wiredRefs(registered, new pulumi.ComponentResource("bench:index:Bare", "bare"));
        for (const [type, register] of REGISTER) {
            const resources = Array.from({ length: counts[type] ?? 0 }, (_, i) => register(`r${i}`, i, refs));
            registered.set(type, resources);
        }
    };
}
