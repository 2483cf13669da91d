"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TopologySchema = exports.TenantSettingsSchema = exports.WaiverSchema = exports.RoleSchema = exports.AppSchema = exports.ApiSchema = exports.KEY_PATTERN = void 0;
// The topology file format: the user-facing contract. Every type of the topology code is inferred
// from this schema and the editor JSON Schema (topology.schema.json) is generated from it, so a
// field is documented exactly once, here, in its description.
const zod_1 = require("zod");
const model_1 = require("../policies/src/model");
/** Logical names: they become Pulumi resource names and are what references use. */
exports.KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const key = (what) => zod_1.z.string().regex(exports.KEY_PATTERN, `${what} keys are 1-64 letters, digits, '-' or '_', starting with a letter or digit`);
const scopeList = zod_1.z
    .array(zod_1.z.string())
    .describe("Scope values of that API, for example [read:products]. Each must be declared in the API's `scopes`.");
const accessMap = (description) => zod_1.z.record(key("API"), scopeList).describe(description);
const formerly = zod_1.z
    .array(key("Former"))
    .describe("Keys this entry had before a rename. The Pulumi program aliases the old resources so that a rename " +
    "keeps the existing Auth0 object (and its client id / audience) instead of replacing it.");
const urlList = (description) => zod_1.z.array(zod_1.z.string()).describe(description);
exports.ApiSchema = zod_1.z
    .strictObject({
    identifier: zod_1.z
        .string()
        .describe("The API's audience, usually an absolute https URI. Immutable in Auth0: changing it replaces the API " +
        "and invalidates every token issued for it. `${name}` variables are substituted per stack."),
    name: zod_1.z.string().optional().describe("Display name in the Auth0 dashboard. Defaults to the key."),
    external: zod_1.z
        .boolean()
        .default(false)
        .describe("true: the API exists in the tenant but is not managed by this stack. It is referenced (grants, roles), never created."),
    scopes: zod_1.z
        .record(zod_1.z.string(), zod_1.z.string())
        .default({})
        .describe("The API's permissions: scope value mapped to its description, for example read:products: Read the catalog."),
    rbac: zod_1.z
        .boolean()
        .default(true)
        .describe("Enforce role-based access control: a user token only carries the scopes the user holds through roles."),
    permissionsInToken: zod_1.z
        .boolean()
        .optional()
        .describe("Add the `permissions` claim to access tokens (token dialect access_token_authz). Defaults to `rbac`."),
    userAccess: zod_1.z
        .enum(model_1.USER_ACCESS_POLICIES)
        .default("require_grant")
        .describe("Which apps may obtain tokens for this API on behalf of a user: only apps with a user grant " +
        "(require_grant, the default), any app of the tenant (allow_all), or none (deny_all)."),
    clientAccess: zod_1.z
        .enum(model_1.CLIENT_ACCESS_POLICIES)
        .default("require_grant")
        .describe("Which apps may obtain tokens for this API as themselves (client credentials): only apps with a client grant, or none."),
    offlineAccess: zod_1.z
        .boolean()
        .default(false)
        .describe("Allow refresh tokens (offline_access) for this API."),
    tokenLifetime: zod_1.z
        .number()
        .int()
        .default(86400)
        .describe("Access token lifetime in seconds (Auth0 accepts 0 to 2,592,000)."),
    signingAlg: zod_1.z
        .enum(["RS256", "PS256", "HS256"])
        .default("RS256")
        .describe("Access token signing algorithm. HS256 uses a shared secret that every resource server must hold."),
    skipConsentForFirstParty: zod_1.z
        .boolean()
        .default(true)
        .describe("Skip the consent prompt for first-party apps (it never applies to third-party apps)."),
    calls: accessMap("APIs this API's backend calls as itself (client credentials). The program creates one machine client " +
        "for this API and one client grant per called API with exactly these scopes.").default({}),
    formerly: formerly.default([]),
})
    .describe("A resource server (an audience). The key is its stable logical name.");
exports.AppSchema = zod_1.z
    .strictObject({
    type: zod_1.z
        .enum(model_1.APP_TYPES)
        .describe("spa: browser app, public client. native: mobile/desktop app, public client. web: server-rendered app " +
        "that keeps a secret. m2m: a backend service that only uses client credentials."),
    name: zod_1.z.string().optional().describe("Display name. Defaults to the key."),
    description: zod_1.z.string().optional().describe("Shown in the Auth0 dashboard."),
    firstParty: zod_1.z
        .boolean()
        .default(true)
        .describe("false: a third-party app; users always consent and it may not touch the Management API."),
    callbacks: urlList("Allowed callback URLs after login. `${name}` variables are substituted per stack.").default([]),
    logoutUrls: urlList("Allowed URLs to return to after logout.").default([]),
    webOrigins: urlList("Origins allowed for silent authentication and web message responses (scheme://host[:port]).").default([]),
    allowedOrigins: urlList("Origins allowed to make cross-origin requests to Auth0 (CORS).").default([]),
    refreshTokens: zod_1.z
        .boolean()
        .default(false)
        .describe("Issue refresh tokens. Always rotating and expiring for spa/native apps; APIs reached with them need offlineAccess."),
    access: accessMap("spa/native/web: APIs this app calls on behalf of the signed-in user, with the scopes it requests (one user " +
        "grant per API). m2m: APIs it calls as itself (one client grant per API).").default({}),
    machineAccess: accessMap("web only: APIs its backend calls as itself with client credentials. A spa or native app cannot keep a secret.").default({}),
    formerly: formerly.default([]),
})
    .describe("An application (an Auth0 client). The key is its stable logical name.");
exports.RoleSchema = zod_1.z
    .strictObject({
    name: zod_1.z.string().optional().describe("Display name. Defaults to the key."),
    description: zod_1.z.string().optional().describe("What holders of this role do."),
    permissions: accessMap("Per API, the scopes this role grants to the users who hold it.").default({}),
    formerly: formerly.default([]),
})
    .describe("A role: a set of API permissions assigned to users.");
exports.WaiverSchema = zod_1.z
    .strictObject({
    rule: zod_1.z.string().min(1).describe("The id of the rule whose finding is accepted, for example user-access-allow-all."),
    target: zod_1.z
        .string()
        .min(1)
        .describe("The topology path the finding is about, for example apis.catalog or apps.admin.access.catalog."),
    reason: zod_1.z.string().trim().min(1).describe("Why the finding is accepted (a ticket, a decision). Shown in every report."),
})
    .describe("An accepted finding. Waived findings stay visible in every report, marked waived.");
exports.TenantSettingsSchema = zod_1.z
    .strictObject({
    plan: zod_1.z
        .enum(model_1.PLANS)
        .default("self-service")
        .describe("The tenant's plan, for entity limits (apps, APIs, grants)."),
    maxAudiences: zod_1.z
        .number()
        .int()
        .positive()
        .default(4)
        .describe("How many APIs one app may call on a user's behalf before audience-sprawl warns."),
})
    .describe("Facts about the tenant that rules need.");
exports.TopologySchema = zod_1.z
    .strictObject({
    $schema: zod_1.z.string().optional().describe("Path or URL of this JSON Schema, for editors."),
    version: zod_1.z.literal(1).describe("Format version. Only 1 exists."),
    tenant: exports.TenantSettingsSchema.default({ plan: "self-service", maxAudiences: 4 }),
    apis: zod_1.z.record(key("API"), exports.ApiSchema).default({}).describe("Resource servers, by logical name."),
    apps: zod_1.z.record(key("App"), exports.AppSchema).default({}).describe("Applications, by logical name."),
    roles: zod_1.z.record(key("Role"), exports.RoleSchema).default({}).describe("Roles, by logical name."),
    waivers: zod_1.z.array(exports.WaiverSchema).default([]).describe("Accepted findings, each with a reason."),
})
    .describe("An Auth0 tenant design: APIs, apps, roles and who may call what.");
//# sourceMappingURL=schema.js.map