// The topology an adoption writes: every adopted API, app, grant and role under its key, with the
// tenant's values wherever the topology can hold them. What it cannot hold is a note (the first
// `pulumi up` changes it); the field-by-field consequences come from comparing the models.
import { AUTH0_ACCESS_POLICY, AUTH0_TOKEN_DIALECT, fromAuth0 } from "../../policies/src/auth0-vocabulary";
import type { TopologyInput } from "../schema";
import type { Adoption, AdoptedApi, AdoptedClient, Note } from "./adopt";
import type { TenantResourceServer } from "./shape";
import { own } from "../../policies/src/own";

type ApiInput = NonNullable<TopologyInput["apis"]>[string];
type AppInput = NonNullable<TopologyInput["apps"]>[string];

const SIGNING_ALGS = ["RS256", "PS256", "HS256"] as const;
const DIALECTS: Readonly<Record<string, boolean>> = { [AUTH0_TOKEN_DIALECT.plain]: false, [AUTH0_TOKEN_DIALECT.withPermissions]: true };
const policyOf = (value: string) => fromAuth0(AUTH0_ACCESS_POLICY, value);

function apiInput(api: AdoptedApi, notes: Note[]): ApiInput {
    const out: ApiInput = { identifier: api.identifier };
    if (api.name !== api.key) out.name = api.name;
    if (api.kind === "external") out.external = true;
    if (api.scopes.length > 0) out.scopes = Object.fromEntries(api.scopes.map((s) => [s.value, s.description]));
    if (api.server === undefined) return out;
    const rs: TenantResourceServer = api.server.value;
    const note = (message: string) => notes.push({ kind: "changed", subject: `API '${api.name}'`, message, at: api.server!.at });
    // Auth0's defaults for a resource server that does not say (the topology's own defaults differ).
    out.rbac = rs.enforce_policies ?? false;
    const dialect = rs.token_dialect ?? "access_token";
    const permissionsInToken = own(DIALECTS, dialect);
    if (permissionsInToken !== undefined) {
        if (permissionsInToken !== out.rbac) out.permissionsInToken = permissionsInToken;
    } else {
        note(`token_dialect ${dialect} has no topology setting: the first pulumi up sets ${out.rbac ? "access_token_authz" : "access_token"}`);
    }
    const user = rs.subject_type_authorization?.user?.policy;
    const client = rs.subject_type_authorization?.client?.policy;
    out.userAccess = user === undefined ? "allow_all" : policyOf(user) ?? "require_grant";
    out.clientAccess = client !== undefined && policyOf(client) === "deny_all" ? "deny_all" : "require_grant";
    if (user === undefined) {
        note("has no subject_type_authorization, so Auth0 applies the legacy policy (any app may get user tokens): imported as userAccess: allow_all; the first pulumi up writes the policy explicitly");
    } else if (policyOf(user) === undefined) note(`user policy '${user}' has no topology setting: imported as require_grant`);
    if (client !== undefined && (policyOf(client) === undefined || policyOf(client) === "allow_all")) note(`client policy '${client}' has no topology setting: imported as require_grant`);
    out.offlineAccess = rs.allow_offline_access ?? false;
    if (rs.token_lifetime !== undefined) out.tokenLifetime = rs.token_lifetime;
    if (rs.token_lifetime_for_web !== undefined) out.tokenLifetimeForWeb = rs.token_lifetime_for_web;
    const alg = rs.signing_alg ?? "RS256";
    if ((SIGNING_ALGS as readonly string[]).includes(alg)) out.signingAlg = alg as (typeof SIGNING_ALGS)[number];
    else note(`signing_alg ${alg} has no topology setting: the first pulumi up sets RS256`);
    out.skipConsentForFirstParty = rs.skip_consent_for_verifiable_first_party_clients ?? false;
    return out;
}

const THIRD_PARTY_MODES = ["strict", "permissive"] as const;

/** A third-party app's security mode, exactly the tenant's: changing it replaces the client. */
function thirdPartyMode(app: AdoptedClient, out: AppInput, notes: Note[]): void {
    const c = app.client.value;
    const note = (message: string) => notes.push({ kind: "changed", subject: `client '${c.name}'`, message, at: app.client.at });
    const mode = c.third_party_security_mode;
    if (mode === undefined) {
        out.thirdPartySecurityMode = "permissive";
        note("a third-party app without third_party_security_mode (it predates the strict mode): imported as permissive; confirm it in the dashboard, a different mode replaces the client");
    } else if ((THIRD_PARTY_MODES as readonly string[]).includes(mode)) out.thirdPartySecurityMode = mode as (typeof THIRD_PARTY_MODES)[number];
    if (out.thirdPartySecurityMode === "strict" && out.refreshTokens !== true && c.refresh_token?.expiration_type !== "expiring") {
        note("a strict third-party app: the program gives it expiring refresh tokens (30 d, idle 15 d), which strict mode requires");
    }
}

function appInput(app: AdoptedClient, notes: Note[]): AppInput {
    const c = app.client.value;
    const out: AppInput = { type: app.type };
    if (c.name !== app.key) out.name = c.name;
    // Always written: @pulumi/auth0 sends "Managed by Pulumi" for a client without one.
    out.description = c.description ?? "";
    if (c.is_first_party === false) out.firstParty = false;
    if (c.callbacks?.length) out.callbacks = c.callbacks;
    if (c.allowed_logout_urls?.length) out.logoutUrls = c.allowed_logout_urls;
    if (c.web_origins?.length) out.webOrigins = c.web_origins;
    if (c.allowed_origins?.length) out.allowedOrigins = c.allowed_origins;
    if (app.type !== "m2m" && (c.grant_types ?? []).includes("refresh_token")) out.refreshTokens = true;
    if (c.is_first_party === false) thirdPartyMode(app, out, notes);
    return out;
}

export interface Design {
    topology: TopologyInput;
    notes: Note[];
}

export function designOf(adoption: Adoption): Design {
    const notes: Note[] = [];
    const apps = new Map(adoption.clients.map((app) => [app.key, appInput(app, notes)]));
    for (const grant of adoption.grants) {
        if (!grant.expressible) continue;
        const app = apps.get(grant.client.key)!;
        const field = grant.subjectType === "client" && grant.client.type !== "m2m" ? "machineAccess" : "access";
        app[field] = { ...(app[field] ?? {}), [grant.api]: grant.scopes };
    }
    const topology: TopologyInput = {
        version: 1,
        apis: Object.fromEntries(adoption.apis.map((api) => [api.key, apiInput(api, notes)])),
        apps: Object.fromEntries(apps),
        roles: Object.fromEntries(
            adoption.roles.map(({ key, role, permissions }) => {
                const grouped = new Map<string, string[]>();
                for (const p of permissions) grouped.set(p.api, [...(grouped.get(p.api) ?? []), p.scope]);
                const out: NonNullable<TopologyInput["roles"]>[string] = {};
                if (role.value.name !== key) out.name = role.value.name;
                if (role.value.description !== undefined && role.value.description !== "") out.description = role.value.description;
                if (permissions.length > 0) out.permissions = Object.fromEntries(grouped);
                return [key, out];
            }),
        ),
    };
    return { topology, notes };
}

