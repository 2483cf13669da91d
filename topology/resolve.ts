// Topology -> TenantModel: what Auth0 will hold once the topology is deployed (see "Resolve
// semantics" in the interfaces). The builder creates resources from this model and the policy pack
// rebuilds the same model from those resources, so every default decided here is decided once.
import {
    callerClientKey,
    defaultTokenLifetimeForWeb,
    MANAGEMENT_API,
    REFRESH_TOKEN_DEFAULTS,
    type Api,
    type Client,
    type Environment,
    type Grant,
    type RefreshTokenSettings,
    type Role,
    type Source,
    type SubjectType,
    type TenantModel,
} from "../policies/src/model";
import { managementApi, managementApiIdentifier } from "../policies/src/management-api";
import { isPublicClient } from "../policies/src/rules/model-index";
import type { PathSegment } from "./load/position";
import { pathText } from "./load/position";
import { AppSchema, type ApiSpec, type AppSpec, type RoleSpec, type Topology } from "./schema";

export interface ResolveContext {
    environment: Environment;
    /** The tenant domain (auth0:domain): names the Management API's audience. */
    domain?: string;
    /** Where a topology path is written; without it, sources carry the path only. */
    source?: (path: PathSegment[]) => Source;
}

type SourceOf = (path: PathSegment[]) => Source;

/** Refresh tokens of apps: rotating and expiring, 30 days absolute and 15 days idle. */

function resolveApi(key: string, spec: ApiSpec, source: SourceOf): Api {
    return {
        key,
        identifier: spec.identifier,
        name: spec.name ?? key,
        kind: spec.external ? "external" : "managed",
        scopes: Object.entries(spec.scopes).map(([value, description]) => ({ value, description, source: source(["apis", key, "scopes", value]) })),
        rbac: spec.rbac,
        permissionsInToken: spec.permissionsInToken ?? spec.rbac,
        userAccess: spec.userAccess,
        clientAccess: spec.clientAccess,
        offlineAccess: spec.offlineAccess,
        tokenLifetime: spec.tokenLifetime,
        tokenLifetimeForWeb: spec.tokenLifetimeForWeb ?? defaultTokenLifetimeForWeb(spec.tokenLifetime),
        signingAlg: spec.signingAlg,
        skipConsentForFirstParty: spec.skipConsentForFirstParty,
        formerKeys: spec.formerly,
        source: source(["apis", key]),
    };
}

function grantTypes(app: AppSpec): string[] {
    if (app.type === "m2m") return ["client_credentials"];
    const types = ["authorization_code"];
    if (app.refreshTokens) types.push("refresh_token");
    if (app.type === "web" && Object.keys(app.machineAccess).length > 0) types.push("client_credentials");
    return types;
}

/**
 * Multi-Resource Refresh Token policies: the first-party app's user APIs that allow offline access,
 * with the requested scopes the API declares (an undeclared one is unknown-scope's finding). Auth0's
 * limitations decide the rest: first-party apps only, only APIs that allow skipping user consent,
 * never the Management API; what the design asks beyond them is mrrt-constraints' finding.
 */
function refreshToken(app: AppSpec, apis: ReadonlyMap<string, ApiSpec>): RefreshTokenSettings | null {
    if (!app.refreshTokens) return null;
    const userAccess = app.type === "m2m" || !app.firstParty ? [] : Object.entries(app.access);
    const policies = userAccess.flatMap(([key, scopes]) => {
        const api = apis.get(key);
        if (api === undefined || !api.offlineAccess || !api.skipConsentForFirstParty || key === MANAGEMENT_API) return [];
        return [{ audience: api.identifier, scopes: scopes.filter((scope) => Object.hasOwn(api.scopes, scope)) }];
    });
    return { ...REFRESH_TOKEN_DEFAULTS, policies };
}

function resolveApp(key: string, app: AppSpec, apis: ReadonlyMap<string, ApiSpec>, source: SourceOf): Client {
    const isPublic = isPublicClient(app);
    const client: Client = {
        key,
        name: app.name ?? key,
        type: app.type,
        firstParty: app.firstParty,
        purpose: "app",
        grantTypes: grantTypes(app),
        authMethod: isPublic ? "none" : "client_secret_post",
        callbacks: app.callbacks,
        logoutUrls: app.logoutUrls,
        webOrigins: app.webOrigins,
        allowedOrigins: app.allowedOrigins,
        oidcConformant: true,
        idTokenSigningAlg: "RS256",
        refreshToken: refreshToken(app, apis),
        formerKeys: app.formerly,
        source: source(["apps", key]),
    };
    if (app.description !== undefined) client.description = app.description;
    if (!app.firstParty) client.thirdPartySecurityMode = app.thirdPartySecurityMode ?? "strict";
    return client;
}

/** The machine client through which an API's backend `calls` other APIs: an m2m app with the defaults. */
function resolveCaller(key: string, api: ApiSpec, apis: ReadonlyMap<string, ApiSpec>, source: SourceOf): Client {
    const spec = AppSchema.parse({ type: "m2m", name: `${api.name ?? key} (caller)` });
    return {
        ...resolveApp(callerClientKey(key), spec, apis, source),
        purpose: "api-caller",
        callerOf: key,
        formerKeys: api.formerly.map(callerClientKey),
        source: source(["apis", key, "calls"]),
    };
}

/** One grant per (client, API) of an access map; the API key stays as written, known or not. */
function grants(client: string, access: Record<string, string[]>, subjectType: SubjectType, at: PathSegment[], source: SourceOf): Grant[] {
    return Object.entries(access).map(([api, scopes]) => ({ client, api, subjectType, scopes, allowAllScopes: false, source: source([...at, api]) }));
}

function resolveRole(key: string, role: RoleSpec, source: SourceOf): Role {
    return {
        key,
        name: role.name ?? key,
        description: role.description ?? "",
        permissions: Object.entries(role.permissions).flatMap(([api, scopes]) => scopes.map((scope) => ({ api, scope }))),
        formerKeys: role.formerly,
        source: source(["roles", key]),
    };
}

/** The built-in Management API with what the design says of its settings, found where the design says it. */
function resolveManagementApi(topology: Topology, domain: string | undefined, source: SourceOf): Api {
    const api = managementApi(managementApiIdentifier(domain), topology.tenant.managementApi);
    const { file, line, column } = source(["tenant", "managementApi"]);
    return { ...api, source: { path: api.source.path, file, line, column } };
}

export function resolveTopology(topology: Topology, context: ResolveContext): TenantModel {
    const source: SourceOf = context.source ?? ((path) => ({ path: pathText(path) }));
    const apis = new Map(Object.entries(topology.apis));
    const apps = Object.entries(topology.apps);
    const callers = [...apis].filter(([, api]) => Object.keys(api.calls).length > 0);
    return {
        environment: context.environment,
        plan: topology.tenant.plan,
        maxAudiences: topology.tenant.maxAudiences,
        apis: [...[...apis].map(([key, api]) => resolveApi(key, api, source)), resolveManagementApi(topology, context.domain, source)],
        clients: [...apps.map(([key, app]) => resolveApp(key, app, apis, source)), ...callers.map(([key, api]) => resolveCaller(key, api, apis, source))],
        grants: [
            ...apps.flatMap(([key, app]) => [
                ...grants(key, app.access, app.type === "m2m" ? "client" : "user", ["apps", key, "access"], source),
                ...grants(key, app.machineAccess, "client", ["apps", key, "machineAccess"], source),
            ]),
            ...callers.flatMap(([key, api]) => grants(callerClientKey(key), api.calls, "client", ["apis", key, "calls"], source)),
        ],
        roles: Object.entries(topology.roles).map(([key, role]) => resolveRole(key, role, source)),
        waivers: topology.waivers.map((waiver, index) => ({ ...waiver, source: source(["waivers", index]) })),
    };
}
