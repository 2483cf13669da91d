// The TenantModel: an Auth0-shaped description of a tenant, the one meeting point of the project.
// The topology loader produces it from a file, the policy pack rebuilds it from Pulumi resources,
// and every rule reads it and nothing else. Each element carries where it came from, so a finding
// can point at a file line or at a resource URN.
import { pathText } from "./path";

export const APP_TYPES = ["spa", "native", "web", "m2m"] as const;
export type AppType = (typeof APP_TYPES)[number];

export const USER_ACCESS_POLICIES = ["require_grant", "allow_all", "deny_all"] as const;
export const CLIENT_ACCESS_POLICIES = ["require_grant", "deny_all"] as const;
export type UserAccessPolicy = (typeof USER_ACCESS_POLICIES)[number];
export type ClientAccessPolicy = (typeof CLIENT_ACCESS_POLICIES)[number];

export const ENVIRONMENTS = ["production", "development"] as const;
export type Environment = (typeof ENVIRONMENTS)[number];
export const PLANS = ["free", "self-service", "enterprise"] as const;
export type Plan = (typeof PLANS)[number];

/** user: a token on behalf of a signed-in user. client: a client-credentials token. */
export type SubjectType = "user" | "client";

/** The built-in key of the tenant's Management API. */
export const MANAGEMENT_API = "auth0-management";

/** Where an element came from: a topology path (always), a file position, or a resource URN. */
export interface Source {
    path: string;
    file?: string;
    line?: number;
    column?: number;
    urn?: string;
}

export interface Scope {
    value: string;
    description: string;
    source: Source;
}

export interface Api {
    key: string;
    identifier: string;
    name: string;
    /** managed: created by this stack. external: exists, referenced only. management: the built-in Management API. */
    kind: "managed" | "external" | "management";
    scopes: Scope[];
    rbac: boolean;
    /** The token dialect carries a `permissions` claim. */
    permissionsInToken: boolean;
    userAccess: UserAccessPolicy;
    clientAccess: ClientAccessPolicy;
    offlineAccess: boolean;
    tokenLifetime: number;
    /** Lifetime of access tokens issued through the implicit and hybrid flows; never above tokenLifetime. */
    tokenLifetimeForWeb: number;
    signingAlg: string;
    skipConsentForFirstParty: boolean;
    /** Keys this API had before a rename (Pulumi aliases). */
    formerKeys: string[];
    source: Source;
}

/** What an API is when nothing says otherwise: the topology schema's defaults, and what the pack
 * assumes for APIs it only knows by reference. */
export const API_DEFAULTS = {
    rbac: true,
    userAccess: "require_grant",
    clientAccess: "require_grant",
    offlineAccess: false,
    tokenLifetime: 86400,
    signingAlg: "RS256",
    skipConsentForFirstParty: true,
} as const satisfies Partial<Api>;

/** Auth0's default web (implicit/hybrid flow) token lifetime, in seconds (Management API: token_lifetime_for_web). */
export const WEB_TOKEN_LIFETIME_DEFAULT = 7200;

/** The web token lifetime when none is given: Auth0's default, but never above the API's token lifetime (Auth0 rejects that). */
export function defaultTokenLifetimeForWeb(tokenLifetime: number): number {
    return Math.min(tokenLifetime, WEB_TOKEN_LIFETIME_DEFAULT);
}

/** An API from its identity, everything else defaulted (permissionsInToken follows rbac, the web lifetime the lifetime). */
export function apiOf(
    identity: Pick<Api, "key" | "identifier" | "name" | "kind" | "scopes" | "source">,
    over: Partial<Api> = {},
): Api {
    const rbac = over.rbac ?? API_DEFAULTS.rbac;
    const tokenLifetime = over.tokenLifetime ?? API_DEFAULTS.tokenLifetime;
    return {
        ...API_DEFAULTS,
        permissionsInToken: rbac,
        tokenLifetimeForWeb: defaultTokenLifetimeForWeb(tokenLifetime),
        formerKeys: [],
        ...identity,
        ...over,
        rbac,
    };
}

export interface RefreshTokenPolicy {
    audience: string;
    scopes: string[];
}

export interface RefreshTokenSettings {
    rotation: "rotating" | "non-rotating";
    expiration: "expiring" | "non-expiring";
    /** Absolute lifetime in seconds. */
    tokenLifetime: number;
    idleTokenLifetime: number;
    /** Multi-Resource Refresh Token policies: audiences this refresh token may be exchanged for. */
    policies: RefreshTokenPolicy[];
}

/** Refresh tokens as the program issues them: rotating and expiring (30 days absolute, 15 idle). */
export const REFRESH_TOKEN_DEFAULTS = {
    rotation: "rotating",
    expiration: "expiring",
    tokenLifetime: 2592000,
    idleTokenLifetime: 1296000,
} as const satisfies Omit<RefreshTokenSettings, "policies">;

/**
 * How Auth0 treats a third-party app, fixed when it is created. strict: the enhanced security controls
 * every new third-party app gets (a curated set of properties, no OIDC scopes, logout endpoints,
 * wildcard URLs or non-expiring refresh tokens). permissive: the pre-2026 behaviour, for accounts
 * that had third-party apps before April 2026.
 */
export const THIRD_PARTY_SECURITY_MODES = ["strict", "permissive"] as const;
export type ThirdPartySecurityMode = (typeof THIRD_PARTY_SECURITY_MODES)[number];

export type TokenEndpointAuthMethod = "none" | "client_secret_post" | "client_secret_basic" | "private_key_jwt";

export interface Client {
    key: string;
    name: string;
    description?: string;
    type: AppType;
    firstParty: boolean;
    /** Third-party apps only: their security mode (permanent, like first-party status). */
    thirdPartySecurityMode?: ThirdPartySecurityMode;
    /** app: declared under `apps`. api-caller: the machine client of an API that `calls` others. */
    purpose: "app" | "api-caller";
    /** For an api-caller, the key of the API it acts for. */
    callerOf?: string;
    grantTypes: string[];
    authMethod: TokenEndpointAuthMethod;
    /** Where the auth method is set when that is not the client itself: in a stack, its ClientCredentials resource. */
    authMethodSource?: Source;
    callbacks: string[];
    logoutUrls: string[];
    webOrigins: string[];
    allowedOrigins: string[];
    oidcConformant: boolean;
    idTokenSigningAlg: string;
    /** null: the app does not use refresh tokens. */
    refreshToken: RefreshTokenSettings | null;
    formerKeys: string[];
    source: Source;
}

export interface Grant {
    /** Key of the client. */
    client: string;
    /** Key of the API when it resolves; otherwise the reference as written (a key or an audience). */
    api: string;
    subjectType: SubjectType;
    scopes: string[];
    allowAllScopes: boolean;
    source: Source;
}

export interface Permission {
    api: string;
    scope: string;
}

export interface Role {
    key: string;
    name: string;
    description: string;
    permissions: Permission[];
    formerKeys: string[];
    source: Source;
}

export interface Waiver {
    rule: string;
    target: string;
    reason: string;
    source: Source;
}

/** A Rule or Hook the stack creates: Auth0's legacy extensibility, past its end of life. */
export interface LegacyExtension {
    kind: "rule" | "hook";
    key: string;
    name: string;
    source: Source;
}

export interface TenantModel {
    environment: Environment;
    plan: Plan;
    maxAudiences: number;
    apis: Api[];
    clients: Client[];
    grants: Grant[];
    roles: Role[];
    waivers: Waiver[];
    /** Only stacks create them (a topology cannot). */
    legacyExtensions?: LegacyExtension[];
    /**
     * false: the stack manages part of a tenant, so an audience it does not declare may exist in
     * the tenant (a warning, not an error). Absent: the model describes the whole tenant.
     */
    ownsTenant?: boolean;
}

/** The topology path of a grant, shared by both front ends so their findings name the same place. */
export function grantPath(client: Pick<Client, "key" | "purpose" | "callerOf" | "type">, api: string, subjectType: SubjectType): string {
    if (client.purpose === "api-caller" && client.callerOf !== undefined) return pathText(["apis", client.callerOf, "calls", api]);
    const field = subjectType === "client" && client.type !== "m2m" ? "machineAccess" : "access";
    return pathText(["apps", client.key, field, api]);
}

/** Resource name of the machine client that an API uses for its `calls`. '/' cannot occur in keys. */
export function callerClientKey(apiKey: string): string {
    return `${apiKey}/caller`;
}
