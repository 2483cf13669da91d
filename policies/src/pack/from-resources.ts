// Rebuilds the TenantModel from the Auth0 resources of any Pulumi stack (not only the builder's),
// so the rules that `topology check` runs on a file also guard hand-written programs. Keys are
// Pulumi resource names and paths are the topology paths the loader would give the same elements,
// so both front ends report the same findings at the same places.
import { AUTH0_ACCESS_POLICY, AUTH0_APP_TYPE, AUTH0_TOKEN_DIALECT, fromAuth0 } from "../auth0-vocabulary";
import { managementApi } from "../management-api";
import { isPublicClient } from "../rules/model-index";
import {
    defaultTokenLifetimeForWeb,
    grantPath,
    type Api,
    type AppType,
    type Client,
    type Grant,
    type LegacyExtension,
    type RefreshTokenSettings,
    type Role,
    type SubjectType,
    type TenantModel,
    type TokenEndpointAuthMethod,
} from "../model";
import { AUTH0_TYPES } from "./auth0-types";
import { Links } from "./links";
import { PropReader, type Diagnostic } from "./props";
import { formerNames, type PackResource } from "./resource";
import type { EnvironmentChoice } from "./environment";
import { readSettings, type PackConfig, type TenantContext } from "./settings";
import { splitByTenant, stackOfUrn } from "./tenants";
import { pathText } from "../path";

export type { PackConfig } from "./settings";
export type { PackResource } from "./resource";

export interface ReadResult {
    model: TenantModel;
    /** What could not be read as written (malformed, missing or unknown values), per resource URN. */
    diagnostics: Diagnostic[];
    /** The environment the model was read as, and why. */
    environment: EnvironmentChoice;
}

/** Auth0's values for properties a raw resource leaves out (Management API defaults). */
const AUTH0_DEFAULT = {
    tokenLifetime: 86400,
    signingAlg: "RS256",
    // Unset, the provider sends nothing (client/expand.go reads the raw config), and OIDC conformance
    // is "the default for all new clients" (Auth0's client-initiated backchannel authentication page).
    oidcConformant: true,
    // Access policies in Auth0's spelling, as a resource would write them.
    userAccess: AUTH0_ACCESS_POLICY.allow_all,
    clientAccess: AUTH0_ACCESS_POLICY.require_grant,
    // Raw clients get the implicit grant unless grant types are set (the reason for the implicit-grant rule).
    grantTypes: {
        spa: ["implicit", "authorization_code", "refresh_token"],
        native: ["implicit", "authorization_code", "refresh_token"],
        web: ["implicit", "authorization_code", "refresh_token", "client_credentials"],
        m2m: ["client_credentials"],
    },
    refreshTokenLifetime: 2592000,
    refreshTokenIdleLifetime: 1296000,
} as const;

/** The description @pulumi/auth0 writes on clients and roles that set none: not the program's. */
const PROVIDER_DESCRIPTION = "Managed by Pulumi";

const AUTH_METHODS: readonly TokenEndpointAuthMethod[] = ["none", "client_secret_post", "client_secret_basic", "private_key_jwt"];
const CALLER = /^(.+)\/caller$/;

function readApi(resource: PackResource, diagnostics: Diagnostic[]): Api | undefined {
    const rs = new PropReader(resource, diagnostics);
    const identifier = rs.required("identifier");
    if (identifier === undefined) return undefined;
    const key = resource.name;
    const access = rs.object("subjectTypeAuthorization");
    const policy = (subject: "user" | "client", fallback: string) => {
        const value = access?.object(subject)?.get("policy", "string", fallback) ?? fallback;
        const policy = fromAuth0(AUTH0_ACCESS_POLICY, value);
        if (policy === undefined || (subject === "client" && policy === "allow_all")) {
            rs.report(`subjectTypeAuthorization.${subject}.policy ${JSON.stringify(value)} is not an Auth0 access policy`);
            return fromAuth0(AUTH0_ACCESS_POLICY, fallback)!;
        }
        return policy;
    };
    const tokenLifetime = rs.get("tokenLifetime", "number", AUTH0_DEFAULT.tokenLifetime);
    // @pulumi/auth0 1.x and 2.x declare scopes inline (`scopes: [{ value, description }]`).
    const scopes = rs.objects("scopes").flatMap((scope) => {
        const value = scope.required("value");
        if (value === undefined) return [];
        return [{ value, description: scope.get("description", "string", ""), source: { path: pathText(["apis", key, "scopes", value]), urn: resource.urn } }];
    });
    return {
        key,
        identifier,
        name: rs.get("name", "string", key),
        kind: "managed",
        scopes,
        rbac: rs.get("enforcePolicies", "boolean", false),
        permissionsInToken: rs.get("tokenDialect", "string", AUTH0_TOKEN_DIALECT.plain).endsWith("_authz"),
        userAccess: policy("user", AUTH0_DEFAULT.userAccess),
        clientAccess: policy("client", AUTH0_DEFAULT.clientAccess) as Api["clientAccess"],
        offlineAccess: rs.get("allowOfflineAccess", "boolean", false),
        tokenLifetime,
        tokenLifetimeForWeb: rs.get("tokenLifetimeForWeb", "number", defaultTokenLifetimeForWeb(tokenLifetime)),
        signingAlg: rs.get("signingAlg", "string", AUTH0_DEFAULT.signingAlg),
        skipConsentForFirstParty: rs.get("skipConsentForVerifiableFirstPartyClients", "boolean", false),
        formerKeys: formerNames(resource),
        source: { path: pathText(["apis", key]), urn: resource.urn },
    };
}

/** Adds the scopes of a ResourceServerScopes (all at once) or a ResourceServerScope (one) to their API. */
function readScopes(resource: PackResource, apis: Map<string, Api>, links: Links, diagnostics: Diagnostic[]): void {
    const reader = new PropReader(resource, diagnostics);
    const key = links.api(resource, reader, "resourceServerIdentifier");
    if (key === undefined) return;
    const api = apis.get(key);
    if (api === undefined || api.kind !== "managed") {
        reader.report(`resourceServerIdentifier ${JSON.stringify(key)} is no resource server of this stack; its scopes are not checked`);
        return;
    }
    const entries =
        resource.type === AUTH0_TYPES.resourceServerScope
            ? [{ value: reader.required("scope"), description: reader.get("description", "string", "") }]
            : reader.objects("scopes").map((s) => ({ value: s.required("name"), description: s.get("description", "string", "") }));
    for (const { value, description } of entries) {
        if (value !== undefined) api.scopes.push({ value, description, source: { path: pathText(["apis", key, "scopes", value]), urn: resource.urn } });
    }
}

function appType(reader: PropReader): AppType {
    const written = reader.get("appType", "string", "");
    const type = fromAuth0(AUTH0_APP_TYPE, written);
    if (type !== undefined) return type;
    reader.report(`appType ${written === "" ? "is not set" : JSON.stringify(written)}: checked as a regular web application`);
    return "web";
}

function refreshToken(reader: PropReader, grantTypes: readonly string[], resolveAudience: (r: PropReader) => string | undefined): RefreshTokenSettings | null {
    if (!grantTypes.includes("refresh_token")) return null;
    const settings = reader.object("refreshToken");
    return {
        rotation: settings?.get("rotationType", "string", "non-rotating") === "rotating" ? "rotating" : "non-rotating",
        expiration: settings?.get("expirationType", "string", "non-expiring") === "expiring" ? "expiring" : "non-expiring",
        tokenLifetime: settings?.get("tokenLifetime", "number", AUTH0_DEFAULT.refreshTokenLifetime) ?? AUTH0_DEFAULT.refreshTokenLifetime,
        idleTokenLifetime: settings?.get("idleTokenLifetime", "number", AUTH0_DEFAULT.refreshTokenIdleLifetime) ?? AUTH0_DEFAULT.refreshTokenIdleLifetime,
        policies: (settings?.objects("policies") ?? []).flatMap((policy) => {
            const audience = resolveAudience(policy);
            return audience === undefined ? [] : [{ audience, scopes: policy.strings("scopes") }];
        }),
    };
}

/** The token endpoint auth method a client sets itself (@pulumi/auth0 1.x, 2.x), else the app type's. */
function ownAuthMethod(reader: PropReader, type: AppType): TokenEndpointAuthMethod {
    const implied = isPublicClient({ type }) ? "none" : "client_secret_post";
    const method = reader.get("tokenEndpointAuthMethod", "string", implied);
    if ((AUTH_METHODS as readonly string[]).includes(method)) return method as TokenEndpointAuthMethod;
    reader.report(`tokenEndpointAuthMethod ${JSON.stringify(method)} is not one the rules know; checked as ${implied}`);
    return implied;
}

function readClient(resource: PackResource, apis: ReadonlyMap<string, Api>, links: Links, diagnostics: Diagnostic[]): Client {
    const reader = new PropReader(resource, diagnostics);
    const key = resource.name;
    const type = appType(reader);
    const grantTypes = reader.strings("grantTypes", [...AUTH0_DEFAULT.grantTypes[type]]);
    const callerOf = CALLER.exec(key)?.[1];
    const isCaller = callerOf !== undefined && apis.has(callerOf);
    // A refresh-token policy names its audience by identifier, as Auth0 does.
    const audience = (policy: PropReader) => {
        const key = links.api(resource, policy, "audience", "refreshToken");
        return key === undefined ? undefined : (apis.get(key)?.identifier ?? key);
    };
    const firstParty = reader.get("isFirstParty", "boolean", true);
    // New third-party apps get Auth0's strict mode, which supports no legacy (non-OIDC) flows at all.
    const mode = firstParty ? undefined : reader.get("thirdPartySecurityMode", "string", "strict") === "permissive" ? "permissive" : "strict";
    const client: Client = {
        key,
        name: reader.get("name", "string", key),
        type,
        firstParty,
        purpose: isCaller ? "api-caller" : "app",
        grantTypes,
        authMethod: ownAuthMethod(reader, type),
        callbacks: reader.strings("callbacks"),
        logoutUrls: reader.strings("allowedLogoutUrls"),
        webOrigins: reader.strings("webOrigins"),
        allowedOrigins: reader.strings("allowedOrigins"),
        oidcConformant: reader.get("oidcConformant", "boolean", AUTH0_DEFAULT.oidcConformant),
        idTokenSigningAlg: reader.object("jwtConfiguration")?.get("alg", "string", AUTH0_DEFAULT.signingAlg) ?? AUTH0_DEFAULT.signingAlg,
        refreshToken: refreshToken(reader, grantTypes, audience),
        formerKeys: formerNames(resource),
        source: { path: isCaller ? pathText(["apis", callerOf, "calls"]) : pathText(["apps", key]), urn: resource.urn },
    };
    const description = reader.value("description", "string");
    if (typeof description === "string" && description !== PROVIDER_DESCRIPTION) client.description = description;
    if (isCaller) client.callerOf = callerOf;
    if (mode !== undefined) client.thirdPartySecurityMode = mode;
    return client;
}

/** Sets a client's token endpoint auth method from its ClientCredentials. */
function readCredentials(resource: PackResource, clients: Map<string, Client>, links: Links, diagnostics: Diagnostic[]): void {
    const reader = new PropReader(resource, diagnostics);
    const key = links.client(resource, reader);
    if (key === undefined) return;
    const client = clients.get(key);
    if (client === undefined) {
        reader.report(`clientId ${JSON.stringify(key)} is no client of this stack; its credentials are not checked`);
        return;
    }
    client.authMethodSource = { path: client.source.path, urn: resource.urn };
    const method = reader.get("authenticationMethod", "string", client.authMethod);
    if ((AUTH_METHODS as readonly string[]).includes(method)) client.authMethod = method as TokenEndpointAuthMethod;
    else reader.report(`authenticationMethod ${JSON.stringify(method)} is not one the rules know; checked as ${client.authMethod}`);
}

function readGrant(resource: PackResource, clients: Map<string, Client>, links: Links, diagnostics: Diagnostic[]): Grant | undefined {
    const reader = new PropReader(resource, diagnostics);
    const clientKey = links.client(resource, reader);
    const api = links.api(resource, reader, "audience");
    if (clientKey === undefined || api === undefined) return undefined;
    let subjectType = reader.get("subjectType", "string", "client");
    if (subjectType !== "user" && subjectType !== "client") {
        reader.report(`subjectType must be "user" or "client", not ${JSON.stringify(subjectType)}; checked as "client"`);
        subjectType = "client";
    }
    // A client outside the stack: name the grant as an app grant of that id.
    const client = clients.get(clientKey) ?? { key: clientKey, purpose: "app" as const, type: "m2m" as const };
    return {
        client: clientKey,
        api,
        subjectType: subjectType as SubjectType,
        scopes: reader.strings("scopes"),
        allowAllScopes: reader.get("allowAllScopes", "boolean", false),
        source: { path: grantPath(client, api, subjectType as SubjectType), urn: resource.urn },
    };
}

function readRole(resource: PackResource, links: Links, diagnostics: Diagnostic[]): Role {
    const reader = new PropReader(resource, diagnostics);
    const key = resource.name;
    return {
        key,
        name: reader.get("name", "string", key),
        description: reader.get("description", "string", ""),
        // @pulumi/auth0 1.x and 2.x list permissions inline (`permissions: [{ name, resourceServerIdentifier }]`).
        permissions: reader.objects("permissions").flatMap((p) => {
            const scope = p.required("name");
            const api = links.api(resource, p, "resourceServerIdentifier", "permissions");
            return scope === undefined || api === undefined ? [] : [{ api, scope }];
        }),
        formerKeys: formerNames(resource),
        source: { path: pathText(["roles", key]), urn: resource.urn },
    };
}

/** Adds a RolePermissions (all at once) or a RolePermission (one) to its role. */
function readPermissions(resource: PackResource, roles: Map<string, Role>, links: Links, diagnostics: Diagnostic[]): void {
    const reader = new PropReader(resource, diagnostics);
    const key = links.role(resource, reader);
    const role = key === undefined ? undefined : roles.get(key);
    if (role === undefined) return;
    const entries =
        resource.type === AUTH0_TYPES.rolePermission
            ? [{ reader, scope: reader.required("permission"), dependencyProp: "resourceServerIdentifier" }]
            : reader.objects("permissions").map((p) => ({ reader: p, scope: p.required("name"), dependencyProp: "permissions" }));
    for (const entry of entries) {
        const api = links.api(resource, entry.reader, "resourceServerIdentifier", entry.dependencyProp);
        if (entry.scope !== undefined && api !== undefined) role.permissions.push({ api, scope: entry.scope });
    }
}

function readLegacyExtension(resource: PackResource, kind: LegacyExtension["kind"], diagnostics: Diagnostic[]): LegacyExtension {
    const name = new PropReader(resource, diagnostics).get("name", "string", resource.name);
    return { kind, key: resource.name, name, source: { path: pathText([`${kind}s`, resource.name]), urn: resource.urn } };
}

/** The context of resources read as one tenant: the first provider's domain, the stack of their URNs. */
function soleTenant(resources: readonly PackResource[]): TenantContext {
    const [first] = splitByTenant(resources);
    const stack = resources.length === 0 ? undefined : stackOfUrn(resources[0]!.urn);
    return { stack: stack === undefined ? { config: {} } : { stack, config: {} }, ...(first?.domain === undefined ? {} : { domain: first.domain }), names: first?.names ?? [] };
}

/** Reads the resources as one tenant's (analysis.ts splits a stack into its tenants first). */
export function readResources(resources: readonly PackResource[], config: PackConfig = {}, tenant: TenantContext = soleTenant(resources)): ReadResult {
    const diagnostics: Diagnostic[] = [];
    const settings = readSettings(resources, config, diagnostics, tenant);
    const ofType = (type: string) => resources.filter((r) => r.type === type);

    const managed = ofType(AUTH0_TYPES.resourceServer).flatMap((r) => readApi(r, diagnostics) ?? []);
    const apis = new Map<string, Api>([...managed, ...settings.externalApis, managementApi(settings.managementIdentifier, settings.managementApi)].map((a) => [a.key, a]));
    const links = new Links(resources, [...apis.values()]);
    for (const r of [...ofType(AUTH0_TYPES.resourceServerScopes), ...ofType(AUTH0_TYPES.resourceServerScope)]) readScopes(r, apis, links, diagnostics);

    const clients = new Map(ofType(AUTH0_TYPES.client).map((r) => [r.name, readClient(r, apis, links, diagnostics)]));
    for (const r of ofType(AUTH0_TYPES.clientCredentials)) readCredentials(r, clients, links, diagnostics);
    const grants = ofType(AUTH0_TYPES.clientGrant).flatMap((r) => readGrant(r, clients, links, diagnostics) ?? []);

    const roles = new Map(ofType(AUTH0_TYPES.role).map((r) => [r.name, readRole(r, links, diagnostics)]));
    for (const r of [...ofType(AUTH0_TYPES.rolePermissions), ...ofType(AUTH0_TYPES.rolePermission)]) readPermissions(r, roles, links, diagnostics);

    const model: TenantModel = {
        environment: settings.environment,
        plan: settings.plan,
        maxAudiences: settings.maxAudiences,
        apis: [...apis.values()],
        clients: [...clients.values()],
        grants,
        roles: [...roles.values()],
        waivers: settings.waivers,
    };
    // Both fields are absent in a topology's model: left out here too when they say the same.
    const legacy = [
        ...ofType(AUTH0_TYPES.rule).map((r) => readLegacyExtension(r, "rule", diagnostics)),
        ...ofType(AUTH0_TYPES.hook).map((r) => readLegacyExtension(r, "hook", diagnostics)),
    ];
    if (legacy.length > 0) model.legacyExtensions = legacy;
    if (!settings.ownsTenant) model.ownsTenant = false;
    for (const issue of resources.flatMap((r) => (r.undecodable ?? []).map((message) => ({ urn: r.urn, message: `${r.type} '${r.name}': ${message}` })))) diagnostics.push(issue);
    return { model, diagnostics, environment: settings.environmentChoice };
}

export function modelFromResources(resources: readonly PackResource[], config: PackConfig = {}): TenantModel {
    return readResources(resources, config).model;
}
