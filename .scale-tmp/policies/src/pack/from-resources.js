"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readResources = readResources;
exports.modelFromResources = modelFromResources;
// Rebuilds the TenantModel from the Auth0 resources of any Pulumi stack (not only the builder's),
// so the rules that `topology check` runs on a file also guard hand-written programs. Keys are
// Pulumi resource names and paths are the topology paths the loader would give the same elements,
// so both front ends report the same findings at the same places.
const auth0_vocabulary_1 = require("../auth0-vocabulary");
const management_api_1 = require("../management-api");
const model_1 = require("../model");
const auth0_types_1 = require("./auth0-types");
const links_1 = require("./links");
const props_1 = require("./props");
const resource_1 = require("./resource");
const settings_1 = require("./settings");
/** Auth0's values for properties a raw resource leaves out (Management API defaults). */
const AUTH0_DEFAULT = {
    tokenLifetime: 86400,
    signingAlg: "RS256",
    userAccess: "allow_all",
    clientAccess: "require_grant",
    // Raw clients get the implicit grant unless grant types are set (the reason for the implicit-grant rule).
    grantTypes: {
        spa: ["implicit", "authorization_code", "refresh_token"],
        native: ["implicit", "authorization_code", "refresh_token"],
        web: ["implicit", "authorization_code", "refresh_token", "client_credentials"],
        m2m: ["client_credentials"],
    },
    refreshTokenLifetime: 2592000,
    refreshTokenIdleLifetime: 1296000,
};
/** The description @pulumi/auth0 writes on clients and roles that set none: not the program's. */
const PROVIDER_DESCRIPTION = "Managed by Pulumi";
const AUTH_METHODS = ["none", "client_secret_post", "client_secret_basic", "private_key_jwt"];
const CALLER = /^(.+)\/caller$/;
function readApi(resource, diagnostics) {
    const rs = new props_1.PropReader(resource, diagnostics);
    const identifier = rs.required("identifier");
    if (identifier === undefined)
        return undefined;
    const key = resource.name;
    const access = rs.object("subjectTypeAuthorization");
    const policy = (subject, fallback) => {
        const value = access?.object(subject)?.get("policy", "string", fallback) ?? fallback;
        const policy = (0, auth0_vocabulary_1.fromAuth0)(auth0_vocabulary_1.AUTH0_ACCESS_POLICY, value);
        if (policy === undefined || (subject === "client" && policy === "allow_all")) {
            rs.report(`subjectTypeAuthorization.${subject}.policy ${JSON.stringify(value)} is not an Auth0 access policy`);
            return (0, auth0_vocabulary_1.fromAuth0)(auth0_vocabulary_1.AUTH0_ACCESS_POLICY, fallback);
        }
        return policy;
    };
    return {
        key,
        identifier,
        name: rs.get("name", "string", key),
        kind: "managed",
        scopes: [],
        rbac: rs.get("enforcePolicies", "boolean", false),
        permissionsInToken: rs.get("tokenDialect", "string", auth0_vocabulary_1.AUTH0_TOKEN_DIALECT.plain).endsWith("_authz"),
        userAccess: policy("user", AUTH0_DEFAULT.userAccess),
        clientAccess: policy("client", AUTH0_DEFAULT.clientAccess),
        offlineAccess: rs.get("allowOfflineAccess", "boolean", false),
        tokenLifetime: rs.get("tokenLifetime", "number", AUTH0_DEFAULT.tokenLifetime),
        signingAlg: rs.get("signingAlg", "string", AUTH0_DEFAULT.signingAlg),
        skipConsentForFirstParty: rs.get("skipConsentForVerifiableFirstPartyClients", "boolean", false),
        formerKeys: (0, resource_1.formerNames)(resource),
        source: { path: `apis.${key}`, urn: resource.urn },
    };
}
/** Adds the scopes of a ResourceServerScopes (all at once) or a ResourceServerScope (one) to their API. */
function readScopes(resource, apis, links, diagnostics) {
    const reader = new props_1.PropReader(resource, diagnostics);
    const key = links.api(resource, reader, "resourceServerIdentifier");
    if (key === undefined)
        return;
    const api = apis.get(key);
    if (api === undefined || api.kind !== "managed") {
        reader.report(`resourceServerIdentifier ${JSON.stringify(key)} is no resource server of this stack; its scopes are not checked`);
        return;
    }
    const entries = resource.type === auth0_types_1.AUTH0_TYPES.resourceServerScope
        ? [{ value: reader.required("scope"), description: reader.get("description", "string", "") }]
        : reader.objects("scopes").map((s) => ({ value: s.required("name"), description: s.get("description", "string", "") }));
    for (const { value, description } of entries) {
        if (value !== undefined)
            api.scopes.push({ value, description, source: { path: `apis.${key}.scopes.${value}`, urn: resource.urn } });
    }
}
function appType(reader) {
    const written = reader.get("appType", "string", "");
    const type = (0, auth0_vocabulary_1.fromAuth0)(auth0_vocabulary_1.AUTH0_APP_TYPE, written);
    if (type !== undefined)
        return type;
    reader.report(`appType ${written === "" ? "is not set" : JSON.stringify(written)}: checked as a regular web application`);
    return "web";
}
function refreshToken(reader, grantTypes, resolveAudience) {
    if (!grantTypes.includes("refresh_token"))
        return null;
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
function readClient(resource, apiKeys, links, diagnostics) {
    const reader = new props_1.PropReader(resource, diagnostics);
    const key = resource.name;
    const type = appType(reader);
    const grantTypes = reader.strings("grantTypes", [...AUTH0_DEFAULT.grantTypes[type]]);
    const callerOf = CALLER.exec(key)?.[1];
    const isCaller = callerOf !== undefined && apiKeys.has(callerOf);
    const client = {
        key,
        name: reader.get("name", "string", key),
        type,
        firstParty: reader.get("isFirstParty", "boolean", true),
        purpose: isCaller ? "api-caller" : "app",
        grantTypes,
        authMethod: type === "spa" || type === "native" ? "none" : "client_secret_post",
        callbacks: reader.strings("callbacks"),
        logoutUrls: reader.strings("allowedLogoutUrls"),
        webOrigins: reader.strings("webOrigins"),
        allowedOrigins: reader.strings("allowedOrigins"),
        oidcConformant: reader.get("oidcConformant", "boolean", false),
        idTokenSigningAlg: reader.object("jwtConfiguration")?.get("alg", "string", AUTH0_DEFAULT.signingAlg) ?? AUTH0_DEFAULT.signingAlg,
        refreshToken: refreshToken(reader, grantTypes, (policy) => links.api(resource, policy, "audience", "refreshToken")),
        formerKeys: (0, resource_1.formerNames)(resource),
        source: { path: isCaller ? `apis.${callerOf}.calls` : `apps.${key}`, urn: resource.urn },
    };
    const description = reader.value("description", "string");
    if (typeof description === "string" && description !== PROVIDER_DESCRIPTION)
        client.description = description;
    if (isCaller)
        client.callerOf = callerOf;
    return client;
}
/** Sets a client's token endpoint auth method from its ClientCredentials. */
function readCredentials(resource, clients, links, diagnostics) {
    const reader = new props_1.PropReader(resource, diagnostics);
    const key = links.client(resource, reader);
    if (key === undefined)
        return;
    const client = clients.get(key);
    if (client === undefined) {
        reader.report(`clientId ${JSON.stringify(key)} is no client of this stack; its credentials are not checked`);
        return;
    }
    const method = reader.get("authenticationMethod", "string", client.authMethod);
    if (AUTH_METHODS.includes(method))
        client.authMethod = method;
    else
        reader.report(`authenticationMethod ${JSON.stringify(method)} is not one the rules know; checked as ${client.authMethod}`);
}
function readGrant(resource, clients, links, diagnostics) {
    const reader = new props_1.PropReader(resource, diagnostics);
    const clientKey = links.client(resource, reader);
    const api = links.api(resource, reader, "audience");
    if (clientKey === undefined || api === undefined)
        return undefined;
    let subjectType = reader.get("subjectType", "string", "client");
    if (subjectType !== "user" && subjectType !== "client") {
        reader.report(`subjectType must be "user" or "client", not ${JSON.stringify(subjectType)}; checked as "client"`);
        subjectType = "client";
    }
    // A client outside the stack: name the grant as an app grant of that id.
    const client = clients.get(clientKey) ?? { key: clientKey, purpose: "app", type: "m2m" };
    return {
        client: clientKey,
        api,
        subjectType: subjectType,
        scopes: reader.strings("scopes"),
        allowAllScopes: reader.get("allowAllScopes", "boolean", false),
        source: { path: (0, model_1.grantPath)(client, api, subjectType), urn: resource.urn },
    };
}
function readRole(resource, diagnostics) {
    const reader = new props_1.PropReader(resource, diagnostics);
    const key = resource.name;
    return {
        key,
        name: reader.get("name", "string", key),
        description: reader.get("description", "string", ""),
        permissions: [],
        formerKeys: (0, resource_1.formerNames)(resource),
        source: { path: `roles.${key}`, urn: resource.urn },
    };
}
/** Adds a RolePermissions (all at once) or a RolePermission (one) to its role. */
function readPermissions(resource, roles, links, diagnostics) {
    const reader = new props_1.PropReader(resource, diagnostics);
    const key = links.role(resource, reader);
    const role = key === undefined ? undefined : roles.get(key);
    if (role === undefined)
        return;
    const entries = resource.type === auth0_types_1.AUTH0_TYPES.rolePermission
        ? [{ reader, scope: reader.required("permission"), dependencyProp: "resourceServerIdentifier" }]
        : reader.objects("permissions").map((p) => ({ reader: p, scope: p.required("name"), dependencyProp: "permissions" }));
    for (const entry of entries) {
        const api = links.api(resource, entry.reader, "resourceServerIdentifier", entry.dependencyProp);
        if (entry.scope !== undefined && api !== undefined)
            role.permissions.push({ api, scope: entry.scope });
    }
}
function readResources(resources, config = {}) {
    const diagnostics = [];
    const settings = (0, settings_1.readSettings)(resources, config, diagnostics);
    const ofType = (type) => resources.filter((r) => r.type === type);
    const managed = ofType(auth0_types_1.AUTH0_TYPES.resourceServer).flatMap((r) => readApi(r, diagnostics) ?? []);
    const apis = new Map([...managed, ...settings.externalApis, (0, management_api_1.managementApi)(settings.managementIdentifier)].map((a) => [a.key, a]));
    const links = new links_1.Links(resources, [...apis.values()]);
    for (const r of [...ofType(auth0_types_1.AUTH0_TYPES.resourceServerScopes), ...ofType(auth0_types_1.AUTH0_TYPES.resourceServerScope)])
        readScopes(r, apis, links, diagnostics);
    const apiKeys = new Set(apis.keys());
    const clients = new Map(ofType(auth0_types_1.AUTH0_TYPES.client).map((r) => [r.name, readClient(r, apiKeys, links, diagnostics)]));
    for (const r of ofType(auth0_types_1.AUTH0_TYPES.clientCredentials))
        readCredentials(r, clients, links, diagnostics);
    const grants = ofType(auth0_types_1.AUTH0_TYPES.clientGrant).flatMap((r) => readGrant(r, clients, links, diagnostics) ?? []);
    const roles = new Map(ofType(auth0_types_1.AUTH0_TYPES.role).map((r) => [r.name, readRole(r, diagnostics)]));
    for (const r of [...ofType(auth0_types_1.AUTH0_TYPES.rolePermissions), ...ofType(auth0_types_1.AUTH0_TYPES.rolePermission)])
        readPermissions(r, roles, links, diagnostics);
    const model = {
        environment: settings.environment,
        plan: settings.plan,
        maxAudiences: settings.maxAudiences,
        apis: [...apis.values()],
        clients: [...clients.values()],
        grants,
        roles: [...roles.values()],
        waivers: settings.waivers,
    };
    return { model, diagnostics };
}
function modelFromResources(resources, config = {}) {
    return readResources(resources, config).model;
}
//# sourceMappingURL=from-resources.js.map