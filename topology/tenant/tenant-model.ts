// The TenantModel of a tenant as it is (for audit and drift), and of its adopted design (what the
// first `pulumi up` makes of it). Both carry the adoption's keys, so the diff between them is the
// list of what that `pulumi up` changes. Sources point into the export where there is one.
import type { Api, Client, Environment, Grant, RefreshTokenSettings, Source, TenantModel, TokenEndpointAuthMethod } from "../../policies/src/model";
import { grantPath, REFRESH_TOKEN_DEFAULTS } from "../../policies/src/model";
import { AUTH0_ACCESS_POLICY, fromAuth0 } from "../../policies/src/auth0-vocabulary";
import { resolveTopology } from "../resolve";
import { TopologySchema, type TopologyInput } from "../schema";
import type { Adoption } from "./adopt";
import { expand } from "./keywords";
import type { Origin, TenantClient, TenantResourceServer } from "./shape";

function expanded<T>(value: T, vars: Readonly<Record<string, string>>): T {
    if (typeof value === "string") return expand(value, vars) as T;
    if (Array.isArray(value)) return value.map((v) => expanded(v, vars)) as T;
    if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expanded(v, vars)])) as T;
    return value;
}

export interface ModelContext {
    environment: Environment;
}

/** The design as the program would deploy it, with the tenant's known variable values. */
export function designModel(adoption: Adoption, topology: TopologyInput, { environment }: ModelContext): TenantModel {
    const parsed = TopologySchema.parse(expanded(topology, adoption.snapshot.vars));
    const context = adoption.domain === undefined ? { environment } : { environment, domain: adoption.domain };
    return resolveTopology(parsed, context);
}

const sourceAt = (path: string, at: Origin | undefined): Source => (at === undefined ? { path } : { path, ...at });

const DIALECT_WITH_PERMISSIONS = new Set(["access_token_authz", "rfc9068_profile_authz"]);

function tenantApi(api: Api, rs: TenantResourceServer, at: Origin): Api {
    const user = rs.subject_type_authorization?.user?.policy;
    const client = rs.subject_type_authorization?.client?.policy;
    return {
        ...api,
        rbac: rs.enforce_policies ?? false,
        permissionsInToken: DIALECT_WITH_PERMISSIONS.has(rs.token_dialect ?? "access_token"),
        // No policy: Auth0's legacy behaviour, any app may obtain user tokens.
        userAccess: user === undefined ? "allow_all" : fromAuth0(AUTH0_ACCESS_POLICY, user) ?? api.userAccess,
        clientAccess: client === AUTH0_ACCESS_POLICY.deny_all ? "deny_all" : "require_grant",
        signingAlg: rs.signing_alg ?? api.signingAlg,
        tokenLifetime: rs.token_lifetime ?? api.tokenLifetime,
        tokenLifetimeForWeb: rs.token_lifetime_for_web ?? api.tokenLifetimeForWeb,
        offlineAccess: rs.allow_offline_access ?? api.offlineAccess,
        skipConsentForFirstParty: rs.skip_consent_for_verifiable_first_party_clients ?? api.skipConsentForFirstParty,
        source: sourceAt(api.source.path, at),
    };
}

function authMethod(c: TenantClient, fallback: TokenEndpointAuthMethod): TokenEndpointAuthMethod {
    if (c.client_authentication_methods?.private_key_jwt !== undefined) return "private_key_jwt";
    const method = c.token_endpoint_auth_method;
    return method === "none" || method === "client_secret_post" || method === "client_secret_basic" ? method : fallback;
}

function refreshToken(c: TenantClient, design: RefreshTokenSettings | null, grantTypes: string[]): RefreshTokenSettings | null {
    if (!grantTypes.includes("refresh_token")) return null;
    const r = c.refresh_token;
    if (r === undefined || r === null) return design;
    // A tenant that names no rotation or expiration has Auth0's: non-rotating, non-expiring.
    const base: RefreshTokenSettings = design ?? { ...REFRESH_TOKEN_DEFAULTS, rotation: "non-rotating", expiration: "non-expiring", policies: [] };
    return {
        rotation: r.rotation_type === "rotating" ? "rotating" : r.rotation_type === "non-rotating" ? "non-rotating" : base.rotation,
        expiration: r.expiration_type === "expiring" ? "expiring" : r.expiration_type === "non-expiring" ? "non-expiring" : base.expiration,
        tokenLifetime: r.token_lifetime ?? base.tokenLifetime,
        idleTokenLifetime: r.idle_token_lifetime ?? base.idleTokenLifetime,
        policies: (r.policies ?? []).map((p) => ({ audience: p.audience, scopes: p.scope ?? [] })),
    };
}

function tenantClient(client: Client, c: TenantClient, at: Origin): Client {
    const grantTypes = c.grant_types ?? client.grantTypes;
    return {
        ...client,
        firstParty: c.is_first_party ?? client.firstParty,
        ...(c.third_party_security_mode === "strict" || c.third_party_security_mode === "permissive" ? { thirdPartySecurityMode: c.third_party_security_mode } : {}),
        grantTypes,
        authMethod: authMethod(c, client.authMethod),
        oidcConformant: c.oidc_conformant ?? client.oidcConformant,
        idTokenSigningAlg: c.jwt_configuration?.alg ?? client.idTokenSigningAlg,
        refreshToken: refreshToken(c, client.refreshToken, grantTypes),
        source: sourceAt(client.source.path, at),
    };
}

/** The tenant as it is, keyed like its design: what audit judges and drift compares. */
export function tenantModel(adoption: Adoption, design: TenantModel): TenantModel {
    const vars = adoption.snapshot.vars;
    const apis = design.apis.map((api) => {
        const adopted = adoption.apis.find((a) => a.key === api.key);
        return adopted?.server === undefined ? api : tenantApi(api, expanded(adopted.server.value, vars), adopted.server.at);
    });
    const clients = design.clients.map((client) => {
        const adopted = adoption.clients.find((a) => a.key === client.key);
        return adopted === undefined ? client : tenantClient(client, expanded(adopted.client.value, vars), adopted.client.at);
    });
    const grants: Grant[] = adoption.grants.map((g) => {
        const client = clients.find((c) => c.key === g.client.key)!;
        return {
            client: g.client.key,
            api: g.api,
            subjectType: g.subjectType,
            scopes: g.scopes,
            allowAllScopes: g.grant.value.allow_all_scopes === true,
            source: sourceAt(grantPath(client, g.api, g.subjectType), g.grant.at),
        };
    });
    const roles = design.roles.map((role) => {
        const adopted = adoption.roles.find((r) => r.key === role.key);
        return adopted === undefined ? role : { ...role, source: sourceAt(role.source.path, adopted.role.at) };
    });
    return { ...design, apis, clients, grants, roles };
}
