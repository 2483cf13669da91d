// Builders of TenantModel elements with the project's secure defaults, so a rule's case table
// states only what the case is about.
import { MANAGEMENT_API_DEFAULTS } from "../management-api";
import { apiOf, callerClientKey, REFRESH_TOKEN_DEFAULTS, MANAGEMENT_API, type Api, type Client, type Grant, type RefreshTokenSettings, type Role, type TenantModel } from "../model";
import { pathText } from "../path";

type Partial2<T> = { [K in keyof T]?: T[K] };

type ApiOverrides = Partial2<Api> & { scopeValues?: string[] };

export function api(key: string, over: ApiOverrides = {}): Api {
    const { scopeValues, ...rest } = over;
    return apiOf(
        {
            key,
            identifier: `https://${key}.example.com`,
            name: key,
            kind: "managed",
            scopes: (scopeValues ?? []).map((value) => ({ value, description: value, source: { path: pathText(["apis", key, "scopes", value]) } })),
            source: { path: pathText(["apis", key]) },
        },
        rest,
    );
}

/** The tenant's built-in Management API with Auth0's settings, as the loader adds it to every model. */
export function managementApi(over: ApiOverrides = {}): Api {
    return api(MANAGEMENT_API, { kind: "management", identifier: "https://tenant.auth0.com/api/v2/", name: "Auth0 Management API", rbac: false, ...MANAGEMENT_API_DEFAULTS, ...over });
}

const GRANT_TYPES: Record<Client["type"], string[]> = {
    spa: ["authorization_code", "refresh_token"],
    native: ["authorization_code", "refresh_token"],
    web: ["authorization_code", "refresh_token", "client_credentials"],
    m2m: ["client_credentials"],
};

export function client(key: string, type: Client["type"], over: Partial2<Client> = {}): Client {
    const isPublic = type === "spa" || type === "native";
    return {
        key,
        name: key,
        type,
        firstParty: true,
        purpose: "app",
        grantTypes: GRANT_TYPES[type],
        authMethod: isPublic ? "none" : "client_secret_post",
        callbacks: [],
        logoutUrls: [],
        webOrigins: [],
        allowedOrigins: [],
        oidcConformant: true,
        idTokenSigningAlg: "RS256",
        refreshToken: null,
        formerKeys: [],
        source: { path: pathText(["apps", key]) },
        ...over,
    };
}

/** Refresh token settings as the loader resolves `refreshTokens: true` (rotating, expiring). */
export function refreshToken(over: Partial2<RefreshTokenSettings> = {}): RefreshTokenSettings {
    return { ...REFRESH_TOKEN_DEFAULTS, policies: [], ...over };
}

/** The machine client an API uses for its `calls`. */
export function caller(apiKey: string, over: Partial2<Client> = {}): Client {
    return client(callerClientKey(apiKey), "m2m", {
        purpose: "api-caller",
        callerOf: apiKey,
        source: { path: pathText(["apis", apiKey, "calls"]) },
        ...over,
    });
}

export function grant(clientKey: string, apiKey: string, scopes: string[], over: Partial2<Grant> = {}): Grant {
    const subjectType = over.subjectType ?? "user";
    return {
        client: clientKey,
        api: apiKey,
        subjectType,
        scopes,
        allowAllScopes: false,
        source: { path: pathText(["apps", clientKey, subjectType === "user" ? "access" : "machineAccess", apiKey]) },
        ...over,
    };
}

export function role(key: string, permissions: Record<string, string[]>, over: Partial2<Role> = {}): Role {
    return {
        key,
        name: key,
        description: "",
        permissions: Object.entries(permissions).flatMap(([a, scopes]) => scopes.map((scope) => ({ api: a, scope }))),
        formerKeys: [],
        source: { path: pathText(["roles", key]) },
        ...over,
    };
}

export function tenant(over: Partial2<TenantModel> = {}): TenantModel {
    return {
        environment: "development",
        plan: "self-service",
        maxAudiences: 4,
        apis: [],
        clients: [],
        grants: [],
        roles: [],
        waivers: [],
        ...over,
    };
}
