// The topology file format: the user-facing contract. Every type of the topology code is inferred
// from this schema and the editor JSON Schema (topology.schema.json) is generated from it, so a
// field is documented exactly once, here, in its description.
import * as z from "zod";
import { MANAGEMENT_API_DEFAULTS } from "../policies/src/management-api";
import { API_DEFAULTS, APP_TYPES, CLIENT_ACCESS_POLICIES, PLANS, THIRD_PARTY_SECURITY_MODES, USER_ACCESS_POLICIES } from "../policies/src/model";

/** Logical names: they become Pulumi resource names and are what references use. */
export const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

const key = (what: string) =>
    z.string().regex(KEY_PATTERN, `${what} keys are 1-64 letters, digits, '-' or '_', starting with a letter or digit`);

const scopeList = z
    .array(z.string())
    .describe("Scope values of that API, for example [read:products]. Each must be declared in the API's `scopes`.");

const accessMap = (description: string) => z.record(key("API"), scopeList).describe(description);

const formerly = z
    .array(key("Former"))
    .describe(
        "Keys this entry had before a rename. The Pulumi program aliases the old resources so that a rename " +
            "keeps the existing Auth0 object (and its client id / audience) instead of replacing it.",
    );

const urlList = (description: string) => z.array(z.string()).describe(description);

export const ApiSchema = z
    .strictObject({
        identifier: z
            .string()
            .describe(
                "The API's audience, usually an absolute https URI. Immutable in Auth0: changing it replaces the API " +
                    "and invalidates every token issued for it. `${name}` variables are substituted per stack.",
            ),
        name: z.string().optional().describe("Display name in the Auth0 dashboard. Defaults to the key."),
        external: z
            .boolean()
            .default(false)
            .describe(
                "true: the API exists in the tenant but is not managed by this stack. It is referenced (grants, roles), never created.",
            ),
        scopes: z
            .record(z.string(), z.string())
            .default({})
            .describe("The API's permissions: scope value mapped to its description, for example read:products: Read the catalog."),
        rbac: z
            .boolean()
            .default(API_DEFAULTS.rbac)
            .describe(
                "Enforce role-based access control: a user token only carries the scopes the user holds through roles.",
            ),
        permissionsInToken: z
            .boolean()
            .optional()
            .describe("Add the `permissions` claim to access tokens (token dialect access_token_authz). Defaults to `rbac`."),
        userAccess: z
            .enum(USER_ACCESS_POLICIES)
            .default(API_DEFAULTS.userAccess)
            .describe(
                "Which apps may obtain tokens for this API on behalf of a user: only apps with a user grant " +
                    "(require_grant, the default), any app of the tenant (allow_all), or none (deny_all).",
            ),
        clientAccess: z
            .enum(CLIENT_ACCESS_POLICIES)
            .default(API_DEFAULTS.clientAccess)
            .describe("Which apps may obtain tokens for this API as themselves (client credentials): only apps with a client grant, or none."),
        offlineAccess: z
            .boolean()
            .default(API_DEFAULTS.offlineAccess)
            .describe("Allow refresh tokens (offline_access) for this API."),
        tokenLifetime: z
            .number()
            .int()
            .default(API_DEFAULTS.tokenLifetime)
            .describe("Access token lifetime in seconds (Auth0 accepts 0 to 2,592,000)."),
        tokenLifetimeForWeb: z
            .number()
            .int()
            .optional()
            .describe(
                "Lifetime in seconds of access tokens issued through the implicit and hybrid flows; at most `tokenLifetime`. " +
                    "Defaults to Auth0's 7200 or `tokenLifetime` when that is shorter.",
            ),
        signingAlg: z
            .enum(["RS256", "PS256", "HS256"])
            .default(API_DEFAULTS.signingAlg)
            .describe("Access token signing algorithm. HS256 uses a shared secret that every resource server must hold."),
        skipConsentForFirstParty: z
            .boolean()
            .default(API_DEFAULTS.skipConsentForFirstParty)
            .describe("Skip the consent prompt for first-party apps (it never applies to third-party apps)."),
        calls: accessMap(
            "APIs this API's backend calls as itself (client credentials). The program creates one machine client " +
                "for this API and one client grant per called API with exactly these scopes.",
        ).default({}),
        formerly: formerly.default([]),
    })
    .describe("A resource server (an audience). The key is its stable logical name.");

export const AppSchema = z
    .strictObject({
        type: z
            .enum(APP_TYPES)
            .describe(
                "spa: browser app, public client. native: mobile/desktop app, public client. web: server-rendered app " +
                    "that keeps a secret. m2m: a backend service that only uses client credentials.",
            ),
        name: z.string().optional().describe("Display name. Defaults to the key."),
        description: z.string().optional().describe("Shown in the Auth0 dashboard."),
        firstParty: z
            .boolean()
            .default(true)
            .describe(
                "false: a third-party app; users always consent and it may not touch the Management API. Permanent in " +
                    "Auth0: changing it replaces the client (a new client id).",
            ),
        thirdPartySecurityMode: z
            .enum(THIRD_PARTY_SECURITY_MODES)
            .optional()
            .describe(
                "Third-party apps only: strict (the default, Auth0's enhanced security controls for every new third-party app) " +
                    "or permissive (pre-2026 behaviour, only for accounts that had third-party apps before April 2026). " +
                    "Permanent in Auth0: changing it replaces the client.",
            ),
        callbacks: urlList("Allowed callback URLs after login. `${name}` variables are substituted per stack.").default([]),
        logoutUrls: urlList("Allowed URLs to return to after logout.").default([]),
        webOrigins: urlList("Origins allowed for silent authentication and web message responses (scheme://host[:port]).").default([]),
        allowedOrigins: urlList("Origins allowed to make cross-origin requests to Auth0 (CORS).").default([]),
        refreshTokens: z
            .boolean()
            .default(false)
            .describe(
                "Issue refresh tokens. Always rotating and expiring for spa/native apps; APIs reached with them need offlineAccess.",
            ),
        access: accessMap(
            "spa/native/web: APIs this app calls on behalf of the signed-in user, with the scopes it requests (one user " +
                "grant per API). m2m: APIs it calls as itself (one client grant per API).",
        ).default({}),
        machineAccess: accessMap(
            "web only: APIs its backend calls as itself with client credentials. A spa or native app cannot keep a secret.",
        ).default({}),
        formerly: formerly.default([]),
    })
    // An m2m app only ever calls as itself: one way to say it, so both front ends name the grant alike.
    .refine((app) => app.type !== "m2m" || Object.keys(app.machineAccess).length === 0, {
        path: ["machineAccess"],
        message: "an m2m app calls APIs as itself through `access`; move these entries there",
    })
    .refine((app) => app.firstParty === false || app.thirdPartySecurityMode === undefined, {
        path: ["thirdPartySecurityMode"],
        message: "only a third-party app (firstParty: false) has a security mode; remove it",
    })
    .describe("An application (an Auth0 client). The key is its stable logical name.");

export const RoleSchema = z
    .strictObject({
        name: z.string().optional().describe("Display name. Defaults to the key."),
        description: z.string().optional().describe("What holders of this role do."),
        permissions: accessMap("Per API, the scopes this role grants to the users who hold it.").default({}),
        formerly: formerly.default([]),
    })
    .describe("A role: a set of API permissions assigned to users.");

export const WaiverSchema = z
    .strictObject({
        rule: z.string().min(1).describe("The id of the rule whose finding is accepted, for example user-access-allow-all."),
        target: z
            .string()
            .min(1)
            .describe("The topology path the finding is about, for example apis.catalog or apps.admin.access.catalog."),
        reason: z.string().trim().min(1).describe("Why the finding is accepted (a ticket, a decision). Shown in every report."),
    })
    .describe("An accepted finding. Waived findings stay visible in every report, marked waived.");

export const ManagementApiSettingsSchema = z
    .strictObject({
        userAccess: z
            .enum(USER_ACCESS_POLICIES)
            .default(MANAGEMENT_API_DEFAULTS.userAccess)
            .describe(
                "The Management API's user-delegated access policy as set in the tenant (Dashboard > APIs > Auth0 Management API > " +
                    "Settings). Auth0's default is allow_all: every app's users can get Management API tokens with current-user scopes. " +
                    "This stack does not change it; say what the tenant has.",
            ),
        skipConsentForFirstParty: z
            .boolean()
            .default(MANAGEMENT_API_DEFAULTS.skipConsentForFirstParty)
            .describe("Whether the tenant's Management API skips consent for first-party apps (Auth0's default: false). This stack does not change it."),
    })
    .describe("The tenant's built-in Auth0 Management API (auth0-management), as it is set in the tenant.");

export const TenantSettingsSchema = z
    .strictObject({
        plan: z
            .enum(PLANS)
            .default("self-service")
            .describe("The tenant's plan, for entity limits (apps, APIs, grants)."),
        maxAudiences: z
            .number()
            .int()
            .positive()
            .default(4)
            .describe("How many APIs one app may call on a user's behalf before audience-sprawl warns."),
        managementApi: ManagementApiSettingsSchema.default(MANAGEMENT_API_DEFAULTS),
    })
    .describe("Facts about the tenant that rules need.");

export const TopologySchema = z
    .strictObject({
        $schema: z.string().optional().describe("Path or URL of this JSON Schema, for editors."),
        version: z.literal(1).describe("Format version. Only 1 exists."),
        tenant: TenantSettingsSchema.default({ plan: "self-service", maxAudiences: 4, managementApi: MANAGEMENT_API_DEFAULTS }),
        apis: z.record(key("API"), ApiSchema).default({}).describe("Resource servers, by logical name."),
        apps: z.record(key("App"), AppSchema).default({}).describe("Applications, by logical name."),
        roles: z.record(key("Role"), RoleSchema).default({}).describe("Roles, by logical name."),
        waivers: z.array(WaiverSchema).default([]).describe("Accepted findings, each with a reason."),
    })
    .describe("An Auth0 tenant design: APIs, apps, roles and who may call what.");

export type Topology = z.infer<typeof TopologySchema>;
export type TopologyInput = z.input<typeof TopologySchema>;
export type ApiSpec = z.infer<typeof ApiSchema>;
export type AppSpec = z.infer<typeof AppSchema>;
export type RoleSpec = z.infer<typeof RoleSchema>;
export type WaiverSpec = z.infer<typeof WaiverSchema>;
