// The rules that only raw resources can break (a topology file always resolves to secure settings),
// end to end through the policy pack as the Pulumi CLI runs it: one pack process serves every case,
// each a hand-written Auth0 stack that no topology produced (URNs, an explicit provider, property
// dependencies, client ids unknown at preview) added to a coherent one. Each case names every
// violation it must give, policy, enforcement level and URN; nothing else may be mandatory, and
// the pack must read every resource (no tenant-model diagnostic). Needs policies/bin.
import { MODEL_POLICY } from "../../policies/src/pack/analysis";
import { AUTH0_TYPES } from "../../policies/src/pack/auth0-types";
import { UNKNOWN } from "../../policies/src/pack/resource";
import { openPack, type EnforcementLevel, type PackSession, type PolicyPackConfig, type StackResource } from "../../topology/analyzer";
import { assertPackBuilt, PACK_DIR, unreadResources } from "../pack/pack-build";
import { api, client, coherentStack, DOMAIN, grant, resource, SPA } from "../pack/stacks";

let pack: PackSession;

beforeAll(async () => {
    assertPackBuilt();
    pack = await openPack({ packDir: PACK_DIR });
});
afterAll(() => pack?.close());

const MANAGEMENT_AUDIENCE = `https://${DOMAIN}/api/v2/`;
const ORDERS = "https://orders.example.com";
const PRODUCTION: PolicyPackConfig = { [MODEL_POLICY]: { environment: "production" } };

const WEB = { appType: "regular_web", grantTypes: ["authorization_code"], callbacks: ["https://admin.example.com/callback"] };
const M2M = { appType: "non_interactive", grantTypes: ["client_credentials"] };
const DEVICE_CODE = "urn:ietf:params:oauth:grant-type:device_code";

interface Expected {
    policy: string;
    level: EnforcementLevel;
    urn: string;
}

interface Case {
    /** What the hand-written program gets wrong. */
    mistake: string;
    resources: StackResource[];
    expected: Expected[];
    config?: PolicyPackConfig;
}

const mandatory = (policy: string, { urn }: StackResource): Expected => ({ policy, level: "mandatory", urn });
const advisory = (policy: string, { urn }: StackResource): Expected => ({ policy, level: "advisory", urn });

/** A client and its credentials, the client first (its URN is where client findings go). */
function app(name: string, props: Record<string, unknown>, authMethod = props.appType === "spa" || props.appType === "native" ? "none" : "client_secret_post") {
    const [created, credentials] = client(name, props, authMethod);
    return { client: created!, credentials: credentials!, resources: [created!, credentials!] };
}

function cases(): Case[] {
    const list: Case[] = [];
    const add = (mistake: string, build: () => Omit<Case, "mistake">) => list.push({ mistake, ...build() });

    add("a SPA created without grant types or refresh-token settings: Auth0's defaults for raw clients", () => {
        const { appType, callbacks, webOrigins } = SPA;
        const legacy = app("legacy-spa", { appType, callbacks, webOrigins });
        // The default grant types hold implicit and refresh_token; default refresh tokens neither rotate nor expire.
        return { resources: legacy.resources, expected: [mandatory("implicit-grant", legacy.client), mandatory("refresh-token-rotation", legacy.client)] };
    });
    add("a web app that keeps the implicit grant (a warning: it has a back end)", () => {
        const portal = app("portal", { ...WEB, grantTypes: ["authorization_code", "implicit"] });
        return { resources: portal.resources, expected: [advisory("implicit-grant", portal.client)] };
    });
    add("a web app signing users in with the resource owner password grant", () => {
        const portal = app("portal", { ...WEB, grantTypes: ["authorization_code", "password"] });
        return { resources: portal.resources, expected: [mandatory("password-grant", portal.client)] };
    });
    add("a native app with the password-realm grant", () => {
        const mobile = app("mobile", { appType: "native", grantTypes: ["http://auth0.com/oauth/grant-type/password-realm"], callbacks: ["com.example.app://callback"] });
        return { resources: mobile.resources, expected: [mandatory("password-grant", mobile.client)] };
    });
    add("a machine client given refresh_token, a grant type of user sign-in", () => {
        const job = app("job", { ...M2M, grantTypes: ["client_credentials", "refresh_token"] });
        const access = grant("job-orders", "job", ORDERS, ["write:orders"], "client");
        return { resources: [...job.resources, access], expected: [mandatory("grant-type-matrix", job.client)] };
    });
    add("a SPA with the device code grant, which only native apps use", () => {
        const kiosk = app("kiosk", { ...SPA, grantTypes: ["authorization_code", DEVICE_CODE] });
        return { resources: kiosk.resources, expected: [mandatory("grant-type-matrix", kiosk.client)] };
    });
    add("a SPA with the client_credentials grant type", () => {
        const spa = app("spa-with-secret", { ...SPA, grantTypes: ["authorization_code", "client_credentials"] });
        return { resources: spa.resources, expected: [mandatory("public-client-credentials", spa.client)] };
    });
    add("a SPA whose credentials authenticate with a client secret", () => {
        const spa = app("secret-spa", SPA, "client_secret_post");
        return { resources: spa.resources, expected: [mandatory("public-client-auth-method", spa.credentials)] };
    });
    add("a SPA whose ID tokens are signed with HS256", () => {
        const spa = app("hs-spa", { ...SPA, jwtConfiguration: { alg: "HS256" } });
        return { resources: spa.resources, expected: [mandatory("spa-signing-alg", spa.client)] };
    });
    add("a SPA that is not OIDC conformant", () => {
        const spa = app("legacy-oidc", { ...SPA, oidcConformant: false });
        return { resources: spa.resources, expected: [mandatory("oidc-conformant", spa.client)] };
    });
    add("a web app and a machine client that are not OIDC conformant (warnings)", () => {
        const portal = app("legacy-portal", { ...WEB, oidcConformant: false });
        const job = app("legacy-job", { ...M2M, oidcConformant: false });
        return { resources: [...portal.resources, ...job.resources], expected: [advisory("oidc-conformant", portal.client), advisory("oidc-conformant", job.client)] };
    });
    add("a native app whose ID tokens are signed with HS256, the secret it cannot keep", () => {
        const mobile = app("hs-mobile", { appType: "native", grantTypes: ["authorization_code"], callbacks: ["com.example.app://callback"], jwtConfiguration: { alg: "HS256" } });
        return { resources: mobile.resources, expected: [mandatory("id-token-hs256", mobile.client)] };
    });
    add("a Management API grant to a web app without the client_credentials grant type", () => {
        const portal = app("portal", WEB);
        const admin = grant("portal-management-machine", "portal", MANAGEMENT_AUDIENCE, ["read:clients"], "client");
        return { resources: [...portal.resources, admin], expected: [advisory("grant-without-client-credentials", admin)] };
    });
    add("a SPA whose refresh tokens neither rotate nor expire", () => {
        const spa = app("sticky", { ...SPA, refreshToken: { rotationType: "non-rotating", expirationType: "non-expiring" } });
        return { resources: spa.resources, expected: [mandatory("refresh-token-rotation", spa.client)] };
    });
    add("a third-party native app with the device code grant, which bypasses consent", () => {
        const partner = app("partner-tv", { appType: "native", isFirstParty: false, grantTypes: ["authorization_code", DEVICE_CODE], callbacks: ["com.partner.tv://callback"] });
        return { resources: partner.resources, expected: [mandatory("third-party-consent", partner.client)] };
    });
    add("a SPA's refresh-token policy for the Management API", () => {
        const refreshToken = { ...SPA.refreshToken, policies: [{ audience: MANAGEMENT_AUDIENCE, scopes: ["read:current_user"] }] };
        const spa = app("account", { ...SPA, refreshToken });
        return { resources: spa.resources, expected: [mandatory("mrrt-constraints", spa.client)] };
    });
    add("a refresh-token policy for an API without offline access, with a scope the API lacks", () => {
        const [server, scopes] = api("reports", "https://reports.example.com", ["read:reports"]);
        const offline = resource("resourceServer", "reports", { ...server!.props, allowOfflineAccess: false });
        const refreshToken = { ...SPA.refreshToken, policies: [{ audience: "https://reports.example.com", scopes: ["read:reports", "export:reports"] }] };
        const spa = app("analyst", { ...SPA, refreshToken });
        const access = grant("analyst-reports", "analyst", "https://reports.example.com", ["read:reports"], "user", offline.urn);
        return {
            resources: [offline, scopes!, ...spa.resources, access],
            // The scope the API lacks; a policy audience needs no offline access (only the login's API does), but the
            // user grant of a refreshing app whose only API allows no offline access is offline-access-disabled's.
            expected: [mandatory("mrrt-constraints", spa.client), advisory("offline-access-disabled", access)],
        };
    });
    add("a third-party SPA with a refresh-token policy", () => {
        const refreshToken = { ...SPA.refreshToken, policies: [{ audience: ORDERS, scopes: ["read:orders"] }] };
        const partner = app("partner-spa", { ...SPA, isFirstParty: false, refreshToken });
        // Without a security mode it is strict, as Auth0 creates every new third-party app: its logout URLs are refused too.
        return { resources: partner.resources, expected: [mandatory("mrrt-constraints", partner.client), mandatory("third-party-consent", partner.client)] };
    });
    add("a grant that allows every scope of the API", () => {
        const job = app("reporting", M2M);
        const everything = resource("clientGrant", "reporting-orders", { clientId: UNKNOWN, audience: ORDERS, allowAllScopes: true, subjectType: "client" }, {
            clientId: [job.client.urn],
        });
        return { resources: [...job.resources, everything], expected: [advisory("allow-all-scopes", everything)] };
    });
    add("a second client grant for the same app, API and subject type", () => {
        const again = grant("fulfilment-orders-again", "fulfilment", ORDERS, ["read:orders"], "client");
        return { resources: [again], expected: [mandatory("duplicate-grant", again)] };
    });
    add("an API with RBAC whose token dialect has no permissions claim", () => {
        const [server, scopes] = api("events", "https://events.example.com", ["read:events"]);
        const plain = resource("resourceServer", "events", { ...server!.props, tokenDialect: "access_token" });
        const access = grant("storefront-events", "storefront", "https://events.example.com", ["read:events"], "user", plain.urn);
        return { resources: [plain, scopes!, access], expected: [advisory("rbac-permissions-not-in-token", plain)] };
    });
    add("an API that signs its tokens with HS256", () => {
        const [server, scopes] = api("legacy", "https://legacy.example.com", ["read:records"]);
        const hs256 = resource("resourceServer", "legacy", { ...server!.props, signingAlg: "HS256" });
        const access = grant("fulfilment-legacy", "fulfilment", "https://legacy.example.com", ["read:records"], "client", hs256.urn);
        return { resources: [hs256, scopes!, access], expected: [advisory("signing-alg-hs256", hs256)] };
    });
    add("an API created without access policies, which Auth0 opens to every app's user tokens", () => {
        const [server, scopes] = api("catalog", "https://catalog.example.com", ["read:products"]);
        const { subjectTypeAuthorization: _omitted, ...open } = server!.props;
        const raw = resource("resourceServer", "catalog", open);
        const access = grant("storefront-catalog", "storefront", "https://catalog.example.com", ["read:products"], "user", raw.urn);
        return { resources: [raw, scopes!, access], expected: [advisory("user-access-allow-all", raw)] };
    });
    add("a third-party app given Management API access", () => {
        const partner = app("partner-portal", { ...WEB, isFirstParty: false });
        const admin = grant("partner-management", "partner-portal", MANAGEMENT_AUDIENCE, ["read:users"], "user");
        return { resources: [...partner.resources, admin], expected: [mandatory("third-party-system-api", admin)] };
    });
    add("a machine client that may delete users (a warning on development stacks)", () => {
        const job = app("user-cleanup", M2M);
        const admin = grant("user-cleanup-management", "user-cleanup", MANAGEMENT_AUDIENCE, ["read:users", "delete:users"], "client");
        return { resources: [...job.resources, admin], expected: [advisory("m2m-management-privileged", admin)] };
    });
    add("the same machine client on a production stack: reading users' personal data weighs like deleting them", () => {
        const job = app("user-cleanup", M2M);
        const admin = grant("user-cleanup-management", "user-cleanup", MANAGEMENT_AUDIENCE, ["read:users", "delete:users"], "client");
        return { resources: [...job.resources, admin], expected: [mandatory("m2m-management-privileged", admin), mandatory("m2m-management-privileged", admin)], config: PRODUCTION };
    });
    add("a machine client that reads every application's secrets, on a production stack", () => {
        const job = app("key-audit", M2M);
        const keys = grant("key-audit-management", "key-audit", MANAGEMENT_AUDIENCE, ["read:clients", "read:client_keys"], "client");
        return { resources: [...job.resources, keys], expected: [mandatory("m2m-management-privileged", keys)], config: PRODUCTION };
    });
    add("a grant of every Management API scope, which Auth0 refuses", () => {
        const job = app("ops", M2M);
        const everything = resource("clientGrant", "ops-management", { clientId: UNKNOWN, audience: MANAGEMENT_AUDIENCE, allowAllScopes: true, subjectType: "client" }, {
            clientId: [job.client.urn],
        });
        return { resources: [...job.resources, everything], expected: [mandatory("allow-all-scopes-system-api", everything)] };
    });
    add("a web app asking read:users on its user's behalf, which Auth0 drops from the token", () => {
        const portal = app("portal", WEB);
        const users = grant("portal-management", "portal", MANAGEMENT_AUDIENCE, ["read:current_user", "read:users"], "user");
        return { resources: [...portal.resources, users], expected: [mandatory("spa-management-scopes", users)] };
    });
    add("a production SPA that returns to localhost", () => {
        const spa = app("dev-shop", { ...SPA, callbacks: ["http://localhost:3000/callback"], webOrigins: ["http://localhost:3000"] });
        return { resources: spa.resources, expected: [mandatory("callback-localhost-in-production", spa.client), mandatory("callback-localhost-in-production", spa.client)], config: PRODUCTION };
    });
    add("a role on an API that does not enforce RBAC", () => {
        const [server, scopes] = api("events", "https://events.example.com", ["manage:events"]);
        const open = resource("resourceServer", "events", { ...server!.props, enforcePolicies: false });
        const role = resource("role", "organizer", { name: "organizer" });
        const permissions = resource(
            "rolePermissions",
            "organizer",
            { roleId: UNKNOWN, permissions: [{ name: "manage:events", resourceServerIdentifier: "https://events.example.com" }] },
            { roleId: [role.urn], permissions: [open.urn] },
        );
        const access = grant("storefront-events", "storefront", "https://events.example.com", ["manage:events"], "user", open.urn);
        return { resources: [open, scopes!, role, permissions, access], expected: [mandatory("roles-without-rbac", role)] };
    });
    add("a SPA whose refresh tokens idle longer than they live, which Auth0 refuses", () => {
        const refreshToken = { ...SPA.refreshToken, tokenLifetime: 86400, idleTokenLifetime: 604800 };
        const spa = app("idle-spa", { ...SPA, refreshToken });
        return { resources: spa.resources, expected: [mandatory("refresh-token-lifetimes", spa.client)] };
    });
    add("two roles with one name, which Auth0 answers with 409", () => {
        const first = resource("role", "editor", { name: "Editor" });
        const second = resource("role", "content-editor", { name: "Editor" });
        return { resources: [first, second], expected: [mandatory("duplicate-role-name", second)] };
    });
    add("a production SPA whose callback host has a Cyrillic 'о' (a program the topology never saw)", () => {
        const spa = app("lookalike-spa", { ...SPA, callbacks: ["https://shоp.example.com/callback"] });
        return { resources: spa.resources, expected: [mandatory("lookalike-text", spa.client)], config: PRODUCTION };
    });
    add("an API whose identifier mixes in a Cyrillic 'е' and whose scope carries a zero-width space (in its name and its description)", () => {
        const [server, scopes] = api("ledger", "https://ledgеr.example.com", ["read:ledger\u200b"]);
        return { resources: [server!, scopes!], expected: [advisory("lookalike-text", server!), mandatory("lookalike-text", scopes!), mandatory("lookalike-text", scopes!)] };
    });
    return list;
}

const key = (v: { policy: string; level: string; urn?: string }) => `${v.level} ${v.policy} ${v.urn ?? "(stack)"}`;

it("finds no mandatory violation and reads every resource of the coherent stack", async () => {
    const violations = await pack.analyze(coherentStack());
    expect([...violations.filter((v) => v.level === "mandatory"), ...unreadResources(violations)]).toEqual([]);
});

it.each(cases().map((c) => [c.mistake, c] as const))("%s", async (_mistake, { resources, expected, config }) => {
    const violations = await pack.analyze([...coherentStack(), ...resources], config);
    expect(unreadResources(violations)).toEqual([]);
    const found = violations.map(key);
    for (const e of expected) expect(found).toContain(key(e));
    const unexpected = violations.filter((v) => v.level === "mandatory").map(key);
    expect(unexpected.sort()).toEqual(expected.filter((e) => e.level === "mandatory").map(key).sort());
});

it("reads a client that leaves oidcConformant unset as Auth0 creates it: conformant, no violation", async () => {
    const { appType, callbacks, webOrigins } = SPA;
    const unset = [app("plain-portal", WEB), app("plain-job", M2M), app("plain-spa", { appType, callbacks, webOrigins, grantTypes: ["authorization_code"] })];
    const resources = unset.flatMap((a) => a.resources).map((r) => (r.type === AUTH0_TYPES.client ? { ...r, props: withoutKey(r.props, "oidcConformant") } : r));
    const violations = await pack.analyze([...coherentStack(), ...resources]);
    expect(violations.filter((v) => v.policy === "oidc-conformant")).toEqual([]);
});

function withoutKey(props: Record<string, unknown>, key: string): Record<string, unknown> {
    expect(props).toHaveProperty(key);
    return Object.fromEntries(Object.entries(props).filter(([k]) => k !== key));
}
