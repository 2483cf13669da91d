"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.domainOf = domainOf;
exports.deriveConfigs = deriveConfigs;
// What each team pastes into its code, derived from the TenantModel: for an app, the domain, its
// client id and per audience the scopes to request (one access token per audience); for a SPA, the
// Auth0Client options and one getTokenSilently call per audience; for an API, how to validate the
// tokens it receives and who may send which scopes; for a machine client, its token requests.
const model_1 = require("../../policies/src/model");
/** Standard OIDC scopes the SDKs request by default; a custom `scope` replaces them, so they are kept. */
const OIDC_SCOPES = ["openid", "profile", "email"];
function domainOf(deployment) {
    return deployment.domain ?? "<tenant>.auth0.com";
}
function clientIdOf(deployment, key) {
    return deployment.clientIds?.[key] ?? `<client id of ${key}: run pulumi up, then pass --outputs>`;
}
function scopesOf(model, grant) {
    return grant.allowAllScopes ? (model.apis.find((a) => a.key === grant.api)?.scopes.map((s) => s.value) ?? []) : grant.scopes;
}
function identifierOf(model, key) {
    return model.apis.find((a) => a.key === key)?.identifier ?? key;
}
function audienceRequests(model, client, subjectType) {
    return model.grants
        .filter((g) => g.client === client.key && g.subjectType === subjectType)
        .map((g) => ({ api: g.api, audience: identifierOf(model, g.api), scope: scopesOf(model, g).join(" ") }));
}
function tokenRequests(model, client, deployment) {
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
function spaConfig(client, audiences, policies, deployment) {
    // The login requests the first audience; the Management API never comes first, since a login
    // token for it is of no use to the app's own APIs.
    const ordered = [...audiences].sort((a, b) => Number(a.api === model_1.MANAGEMENT_API) - Number(b.api === model_1.MANAGEMENT_API));
    const first = ordered[0];
    const usesRefresh = client.refreshToken !== null;
    const covered = new Set(policies.map((p) => p.audience));
    const options = {
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
        if (policies.length > 0)
            options.useMrrt = true;
        if (ordered.slice(1).some((a) => !covered.has(a.audience)))
            options.useRefreshTokensFallback = true;
    }
    return { options, getTokenSilently: ordered.map((a) => ({ api: a.api, authorizationParams: { audience: a.audience, scope: a.scope } })) };
}
function appConfig(model, client, deployment) {
    const audiences = client.type === "m2m" ? [] : audienceRequests(model, client, "user");
    const policies = (client.refreshToken?.policies ?? []).map((p) => {
        const api = model.apis.find((a) => a.identifier === p.audience || a.key === p.audience);
        return { api: api?.key ?? p.audience, audience: api?.identifier ?? p.audience, scope: p.scopes.join(" ") };
    });
    const config = {
        kind: "app",
        key: client.key,
        type: client.type,
        domain: domainOf(deployment),
        clientId: clientIdOf(deployment, client.key),
        audiences,
        refreshTokenPolicies: policies,
        tokenRequests: tokenRequests(model, client, deployment),
    };
    if (client.type === "spa")
        config.spa = spaConfig(client, audiences, policies, deployment);
    return config;
}
function apiConfig(model, api, deployment) {
    const domain = domainOf(deployment);
    const grants = model.grants
        .filter((g) => g.api === api.key)
        .map((g) => ({ caller: g.client, via: g.subjectType === "user" ? "user" : "machine", scopes: scopesOf(model, g) }));
    const roles = model.roles
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
function deriveConfigs(model, deployment = {}, only) {
    const configs = [
        ...model.clients.filter((c) => c.purpose === "app").map((c) => appConfig(model, c, deployment)),
        ...model.apis.filter((a) => a.kind === "managed").map((a) => apiConfig(model, a, deployment)),
    ];
    return only === undefined ? configs : configs.filter((c) => c.key === only);
}
//# sourceMappingURL=derive.js.map