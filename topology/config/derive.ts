// What each team pastes into its code, derived from the TenantModel: for an app, the domain, its
// client id and per audience the scopes to request (one access token per audience); for a SPA, the
// Auth0Client options and one getTokenSilently call per audience; for an API, how to validate the
// tokens it receives and who may send which scopes; for a machine client, its token requests.
import { MANAGEMENT_API, type Api, type Client, type Grant, type TenantModel } from "../../policies/src/model";
import { own } from "../../policies/src/own";

export interface Deployment {
    /** The tenant domain (auth0:domain of the stack); a placeholder when unknown. */
    domain?: string;
    /** Client ids by client key, from the stack outputs once deployed. */
    clientIds?: Readonly<Record<string, string>>;
}

export interface AudienceRequest {
    api: string;
    audience: string;
    /** Space-separated, as the `scope` parameter takes it. */
    scope: string;
}

/** A client-credentials request: POST `url` with this body (form or JSON). */
export interface TokenRequest {
    api: string;
    url: string;
    body: { grant_type: "client_credentials"; client_id: string; client_secret: string; audience: string; scope: string };
}

/** The options of `new Auth0Client(...)` from @auth0/auth0-spa-js that the topology determines. */
export interface SpaClientOptions {
    domain: string;
    clientId: string;
    authorizationParams: { redirect_uri?: string; audience?: string; scope: string };
    useRefreshTokens?: boolean;
    /** Multi-Resource Refresh Tokens: one refresh token is exchanged for every audience of the client's policies. */
    useMrrt?: boolean;
    /** Audiences outside the refresh token's policies still get tokens through silent authentication. */
    useRefreshTokensFallback?: boolean;
}

export interface AppConfig {
    kind: "app";
    key: string;
    type: Client["type"];
    domain: string;
    clientId: string;
    /** Per audience the app calls on a user's behalf: what to request. */
    audiences: AudienceRequest[];
    /** The Multi-Resource Refresh Token policies set on the client (audiences its refresh token covers). */
    refreshTokenPolicies: AudienceRequest[];
    /** spa only. */
    spa?: { options: SpaClientOptions; getTokenSilently: { api: string; authorizationParams: { audience: string; scope: string } }[] };
    /** web and m2m: calls made as itself. */
    tokenRequests: TokenRequest[];
}

export interface ApiCaller {
    /** App key, `<api>/caller` for an API's backend, or `role:<key>`. */
    caller: string;
    via: "user" | "machine" | "role";
    scopes: string[];
}

export interface ApiConfig {
    kind: "api";
    key: string;
    issuer: string;
    jwksUri: string;
    audience: string;
    algorithms: string[];
    /** true: user tokens carry the RBAC `permissions` claim; check it rather than `scope`. */
    permissionsClaim: boolean;
    scopes: { value: string; description: string }[];
    callers: ApiCaller[];
    /** The API backend's own calls to other APIs (its machine client). */
    tokenRequests: TokenRequest[];
}

export type Config = AppConfig | ApiConfig;

/** Standard OIDC scopes the SDKs request by default; a custom `scope` replaces them, so they are kept. */
const OIDC_SCOPES = ["openid", "profile", "email"];

export function domainOf(deployment: Deployment): string {
    return deployment.domain ?? "<tenant>.auth0.com";
}

function clientIdOf(deployment: Deployment, key: string): string {
    const ids = deployment.clientIds;
    return (ids === undefined ? undefined : own(ids, key)) ?? `<client id of ${key}: run pulumi up, then pass --outputs>`;
}

function scopesOf(model: TenantModel, grant: Grant): string[] {
    return grant.allowAllScopes ? (model.apis.find((a) => a.key === grant.api)?.scopes.map((s) => s.value) ?? []) : grant.scopes;
}

function identifierOf(model: TenantModel, key: string): string {
    return model.apis.find((a) => a.key === key)?.identifier ?? key;
}

function audienceRequests(model: TenantModel, client: Client, subjectType: Grant["subjectType"]): AudienceRequest[] {
    return model.grants
        .filter((g) => g.client === client.key && g.subjectType === subjectType)
        .map((g) => ({ api: g.api, audience: identifierOf(model, g.api), scope: scopesOf(model, g).join(" ") }));
}

function tokenRequests(model: TenantModel, client: Client, deployment: Deployment): TokenRequest[] {
    const url = `https://${domainOf(deployment)}/oauth/token`;
    return audienceRequests(model, client, "client").map((r) => ({
        api: r.api,
        url,
        body: {
            grant_type: "client_credentials",
            client_id: clientIdOf(deployment, client.key),
            client_secret: `<secret of ${client.key}: pulumi stack output clientSecrets --show-secrets>`,
            audience: r.audience,
            scope: r.scope,
        },
    }));
}

function spaConfig(client: Client, audiences: AudienceRequest[], policies: AudienceRequest[], deployment: Deployment): NonNullable<AppConfig["spa"]> {
    // The login requests the first audience; the Management API never comes first, since a login
    // token for it is of no use to the app's own APIs.
    const ordered = [...audiences].sort((a, b) => Number(a.api === MANAGEMENT_API) - Number(b.api === MANAGEMENT_API));
    const first = ordered[0];
    const usesRefresh = client.refreshToken !== null;
    const covered = new Set(policies.map((p) => p.audience));
    const options: SpaClientOptions = {
        domain: domainOf(deployment),
        clientId: clientIdOf(deployment, client.key),
        authorizationParams: {
            ...(client.callbacks[0] === undefined ? {} : { redirect_uri: client.callbacks[0] }),
            ...(first === undefined ? {} : { audience: first.audience }),
            scope: [...OIDC_SCOPES, ...(first?.scope.split(" ").filter(Boolean) ?? [])].join(" "),
        },
    };
    if (usesRefresh) {
        options.useRefreshTokens = true;
        if (policies.length > 0) options.useMrrt = true;
        if (ordered.slice(1).some((a) => !covered.has(a.audience))) options.useRefreshTokensFallback = true;
    }
    return { options, getTokenSilently: ordered.map((a) => ({ api: a.api, authorizationParams: { audience: a.audience, scope: a.scope } })) };
}

function appConfig(model: TenantModel, client: Client, deployment: Deployment): AppConfig {
    const audiences = client.type === "m2m" ? [] : audienceRequests(model, client, "user");
    const policies = (client.refreshToken?.policies ?? []).map((p) => {
        const api = model.apis.find((a) => a.identifier === p.audience || a.key === p.audience);
        return { api: api?.key ?? p.audience, audience: api?.identifier ?? p.audience, scope: p.scopes.join(" ") };
    });
    const config: AppConfig = {
        kind: "app",
        key: client.key,
        type: client.type,
        domain: domainOf(deployment),
        clientId: clientIdOf(deployment, client.key),
        audiences,
        refreshTokenPolicies: policies,
        tokenRequests: tokenRequests(model, client, deployment),
    };
    if (client.type === "spa") config.spa = spaConfig(client, audiences, policies, deployment);
    return config;
}

function apiConfig(model: TenantModel, api: Api, deployment: Deployment): ApiConfig {
    const domain = domainOf(deployment);
    const grants: ApiCaller[] = model.grants
        .filter((g) => g.api === api.key)
        .map((g) => ({ caller: g.client, via: g.subjectType === "user" ? "user" : "machine", scopes: scopesOf(model, g) }));
    const roles: ApiCaller[] = model.roles
        .filter((r) => r.permissions.some((p) => p.api === api.key))
        .map((r) => ({ caller: `role:${r.key}`, via: "role", scopes: r.permissions.filter((p) => p.api === api.key).map((p) => p.scope) }));
    const backend = model.clients.find((c) => c.purpose === "api-caller" && c.callerOf === api.key);
    return {
        kind: "api",
        key: api.key,
        issuer: `https://${domain}/`,
        jwksUri: `https://${domain}/.well-known/jwks.json`,
        audience: api.identifier,
        algorithms: [api.signingAlg],
        permissionsClaim: api.rbac && api.permissionsInToken,
        scopes: api.scopes.map((s) => ({ value: s.value, description: s.description })),
        callers: [...grants, ...roles],
        tokenRequests: backend === undefined ? [] : tokenRequests(model, backend, deployment),
    };
}

/** Every app and every API this stack creates, in model order; `only` keeps one key. */
export function deriveConfigs(model: TenantModel, deployment: Deployment = {}, only?: string): Config[] {
    const configs: Config[] = [
        ...model.clients.filter((c) => c.purpose === "app").map((c) => appConfig(model, c, deployment)),
        ...model.apis.filter((a) => a.kind === "managed").map((a) => apiConfig(model, a, deployment)),
    ];
    return only === undefined ? configs : configs.filter((c) => c.key === only);
}
