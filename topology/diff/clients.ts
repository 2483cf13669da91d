// Changes to apps and API backends (Auth0 clients). A new or removed client carries its grants in
// the same entry: the reviewer sees one app arrive with everything it may call.
import type { Client, Grant, RefreshTokenSettings, TenantModel } from "../../policies/src/model";
import { isPublicClient, thirdPartyMode } from "../../policies/src/rules/model-index";
import type { Change, RiskNote } from "./changeset";
import { apiLabel, clientLabel, clientNoun, duration, scopeList, subjectPhrase } from "./describe";
import { compareFields, plain, setField, sorted, when, type DiffContext, type FieldRule } from "./fields";
import { matchByKey } from "./match";
import { refusedWhileProtected, replacementRisks } from "./replacements";
import { AUTH0_TYPES } from "../../policies/src/pack/auth0-types";
import { visibleText } from "../../policies/src/lookalike";

/** URLs are shown with their invisible characters spelled out and a non-ASCII host's xn-- form: a lookalike host must not print as the real one. */
function urlField(field: string, get: (c: Client) => string[], opens: string, fails: string): FieldRule<Client> {
    return setField(
        field,
        get,
        ({ added, removed }) => [
            ...when(added.length > 0, { risk: "widens-access", reason: `${opens}: ${added.map(visibleText).join(", ")}` }),
            ...when(removed.length > 0, { risk: "breaks-callers", reason: `${fails}: ${removed.map(visibleText).join(", ")}` }),
        ],
        visibleText,
    );
}

function showRefresh(r: RefreshTokenSettings | null): string {
    if (r === null) return "off";
    return `${r.rotation}, ${r.expiration}, ${duration(r.tokenLifetime)} (idle ${duration(r.idleTokenLifetime)})`;
}

function refreshRisks(before: RefreshTokenSettings | null, after: RefreshTokenSettings | null): RiskNote[] {
    if (after === null) return [{ risk: "breaks-callers", reason: "refresh tokens are no longer issued: an app configured with useRefreshTokens fails to renew tokens" }];
    if (before === null) return [{ risk: "widens-access", reason: `refresh tokens are issued: a session lasts up to ${duration(after.tokenLifetime)}` }];
    const longer =
        (after.rotation === "non-rotating" && before.rotation === "rotating") ||
        (after.expiration === "non-expiring" && before.expiration === "expiring") ||
        after.tokenLifetime > before.tokenLifetime ||
        after.idleTokenLifetime > before.idleTokenLifetime;
    return when(longer, { risk: "widens-access", reason: "a stolen refresh token stays usable longer" });
}

const policyKey = (p: { audience: string; scopes: string[] }) => sorted(p.scopes).map((s) => `${p.audience} ${s}`);

/**
 * The model with Multi-Resource Refresh Token policies naming API keys instead of audiences, so
 * that an identifier edit (reported, with what it replaces, on the API) does not show again here.
 */
export function withPolicyKeys(model: TenantModel): TenantModel {
    const keyOf = new Map(model.apis.map((a) => [a.identifier, a.key]));
    return {
        ...model,
        clients: model.clients.map((c) =>
            c.refreshToken === null
                ? c
                : { ...c, refreshToken: { ...c.refreshToken, policies: c.refreshToken.policies.map((p) => ({ ...p, audience: keyOf.get(p.audience) ?? p.audience })) } },
        ),
    };
}

export const CLIENT_FIELDS: readonly FieldRule<Client>[] = [
    plain("name", (c) => c.name),
    plain("description", (c) => c.description),
    {
        field: "type",
        value: (c) => c.type,
        show: (c) => c.type,
        risks: (b, a, context) => {
            const replaced = replacementRisks(context, AUTH0_TYPES.client, a.key, "appType", "a new client id for every deployment of the app");
            if (replaced.length > 0) return replaced;
            const kept = "the client is updated in place (same client id)";
            return when(isPublicClient(b) !== isPublicClient(a), {
                risk: isPublicClient(b) ? "widens-access" : "breaks-callers",
                reason: isPublicClient(b)
                    ? `${kept} and becomes confidential: it gets a client secret`
                    : `${kept} and becomes public: its backend can no longer authenticate with a secret`,
            });
        },
    },
    {
        field: "first party",
        value: (c) => c.firstParty,
        show: (c) => String(c.firstParty),
        risks: (_b, a, context) => [
            // Auth0 converts neither way (third-party security controls): the program replaces the client.
            ...replacementRisks(
                context,
                AUTH0_TYPES.client,
                a.key,
                "isFirstParty",
                "Auth0 cannot convert a third-party app to first party or back, so a new client with a new client id (and secret) is " +
                    "created and the old one deleted: every deployment of the app needs the new id, users sign in again and third-party users consent again",
            ),
            a.firstParty
                ? { risk: "widens-access", reason: "trusted as first party: users are no longer asked for consent where APIs allow skipping it" }
                : { risk: "breaks-callers", reason: "now third party: users must consent, and Management API access and Multi-Resource Refresh Tokens are not allowed" },
        ],
    },
    {
        field: "third-party security mode",
        value: (c) => thirdPartyMode(c) ?? null,
        show: (c) => thirdPartyMode(c) ?? "(first party)",
        // A mode change of a first-party app follows from its first-party change, reported above.
        risks: (b, a, context) =>
            b.firstParty || a.firstParty
                ? []
                : replacementRisks(context, AUTH0_TYPES.client, a.key, "thirdPartySecurityMode", "Auth0 fixes the mode when the app is created: a new client with a new client id replaces it"),
    },
    setField("grant types", (c) => c.grantTypes, ({ added, removed }) => [
        ...when(added.length > 0, { risk: "widens-access", reason: `may now use the ${added.join(", ")} grant` }),
        ...when(removed.length > 0, { risk: "breaks-callers", reason: `can no longer use the ${removed.join(", ")} grant` }),
    ]),
    {
        field: "token endpoint authentication",
        value: (c) => c.authMethod,
        show: (c) => c.authMethod,
        risks: (b, a) => [{ risk: "breaks-callers", reason: `the app must authenticate at the token endpoint with ${a.authMethod} instead of ${b.authMethod}` }],
    },
    urlField("callbacks", (c) => c.callbacks, "authorization codes may now be sent to", "logins returning to these URLs fail"),
    urlField("logout URLs", (c) => c.logoutUrls, "logout may now redirect to", "logout redirects to these URLs fail"),
    urlField("web origins", (c) => c.webOrigins, "tokens may now be delivered by web message to", "silent authentication from these origins fails"),
    urlField("allowed origins", (c) => c.allowedOrigins, "cross-origin requests to Auth0 are now allowed from", "cross-origin requests from these origins fail"),
    {
        field: "OIDC conformant",
        value: (c) => c.oidcConformant,
        show: (c) => String(c.oidcConformant),
        risks: (_b, a) => [a.oidcConformant
            ? { risk: "breaks-callers", reason: "legacy (non-OIDC) flows stop working" }
            : { risk: "widens-access", reason: "legacy (non-OIDC) flows are allowed" }],
    },
    {
        field: "ID token signing algorithm",
        value: (c) => c.idTokenSigningAlg,
        show: (c) => c.idTokenSigningAlg,
        risks: (b, a) => [{ risk: "breaks-callers", reason: `the app must validate ID tokens signed with ${a.idTokenSigningAlg} instead of ${b.idTokenSigningAlg}` }],
    },
    {
        field: "refresh tokens",
        value: (c) => (c.refreshToken === null ? null : { ...c.refreshToken, policies: undefined }),
        show: (c) => showRefresh(c.refreshToken),
        risks: (b, a) => refreshRisks(b.refreshToken, a.refreshToken),
    },
    setField("multi-resource refresh token policies", (c) => (c.refreshToken?.policies ?? []).flatMap(policyKey), ({ added, removed }) => [
        ...when(added.length > 0, { risk: "widens-access", reason: `its refresh token may now be exchanged for (API scope): ${added.join(", ")}` }),
        ...when(removed.length > 0, { risk: "breaks-callers", reason: `its refresh token can no longer be exchanged for (API scope): ${removed.join(", ")}` }),
    ]),
];

/**
 * The Client is updated before its ClientCredentials (which depend on its client id): a public client
 * gaining client_credentials would still authenticate with `none` at that moment, which Auth0
 * answers with 400. One pulumi up cannot order it otherwise; two can.
 */
function credentialsOrder(before: Client, after: Client): RiskNote[] {
    const gains = after.grantTypes.includes("client_credentials") && !before.grantTypes.includes("client_credentials");
    if (!gains || before.authMethod !== "none" || after.authMethod === "none") return [];
    return [
        {
            risk: "refused",
            reason:
                "Auth0 answers 400: pulumi up updates the client, adding the client_credentials grant, while its token endpoint authentication " +
                `is still none (its ClientCredentials changes only afterwards). Do it in two steps: first the type change without machineAccess ` +
                "(pulumi up: the client gets a secret), then machineAccess (pulumi up).",
        },
    ];
}

/** An API backend's name is derived from its API, whose own entry reports a rename. */
const CALLER_FIELDS = CLIENT_FIELDS.filter((f) => f.field !== "name");

function grantLine(model: TenantModel, grant: Grant): string {
    return `${apiLabel(model, grant.api)} ${subjectPhrase(grant)}: ${grant.allowAllScopes ? "every scope" : scopeList(grant.scopes)}`;
}

function addedClient(model: TenantModel, client: Client): Change {
    const grants = model.grants.filter((g) => g.client === client.key);
    const risks: RiskNote[] = grants.map((g) => ({ risk: "widens-access", reason: `may call ${grantLine(model, g)}` }));
    return { kind: "app", action: "added", path: client.source.path, line: client.source.line, summary: `new ${clientNoun(client)}`, fields: [], risks };
}

function removedClient(context: DiffContext, client: Client, maybeRenamedTo: Client | undefined): Change {
    const model = context.base;
    const grants = model.grants.filter((g) => g.client === client.key);
    const held = grants.length === 0 ? "no grants" : grants.map((g) => grantLine(model, g)).join("; ");
    const rename = maybeRenamedTo === undefined
        ? ""
        : ` If it was renamed to \`${maybeRenamedTo.key}\`, add \`formerly: [${client.key}]\` to ${maybeRenamedTo.source.path} to keep the client id.`;
    return {
        kind: "app",
        action: "removed",
        path: client.source.path,
        line: client.source.line,
        summary: `${clientNoun(client)} is removed`,
        fields: [],
        risks: [
            { risk: "deletes", reason: `pulumi up deletes the client: its client id and secret stop working everywhere they are deployed. It held ${held}.${rename}` },
            ...refusedWhileProtected(context, AUTH0_TYPES.client, client.key, "deletes"),
        ],
    };
}

/** A removed and an added app of the same type, each the only one of its kind: probably a rename without `formerly`. */
function likelyRenames(removed: Client[], added: Client[]): Map<string, Client> {
    const pairs = new Map<string, Client>();
    for (const old of removed) {
        const sameType = (c: Client) => c.type === old.type && c.purpose === "app";
        const candidates = added.filter(sameType);
        if (candidates.length === 1 && removed.filter(sameType).length === 1) pairs.set(old.key, candidates[0]);
    }
    return pairs;
}

export function diffClients(context: DiffContext, renamed: ReadonlyMap<string, string>): Change[] {
    const { base, head } = context;
    const formerOf = new Map([...renamed].map(([from, to]) => [to, from]));
    const pairs = matchByKey(base.clients, head.clients, (c) => c.key);
    const gone = pairs.flatMap((p) => (p.after === undefined && p.before !== undefined ? [p.before] : []));
    const fresh = pairs.flatMap((p) => (p.before === undefined && p.after !== undefined ? [p.after] : []));
    const renameHints = likelyRenames(gone, fresh);
    return pairs.flatMap(({ before, after }): Change[] => {
        if (before === undefined && after !== undefined) return [addedClient(head, after)];
        if (after === undefined && before !== undefined) return [removedClient(context, before, renameHints.get(before.key))];
        if (before === undefined || after === undefined) return [];
        const { fields, risks } = compareFields(after.purpose === "app" ? CLIENT_FIELDS : CALLER_FIELDS, before, after, context);
        risks.push(...credentialsOrder(before, after));
        // An API backend's key follows its API's rename, which the API's own entry already reports.
        const former = after.purpose === "app" ? formerOf.get(after.key) : undefined;
        if (former !== undefined) fields.unshift({ field: "key", before: former, after: after.key });
        if (fields.length === 0) return [];
        const summary = former === undefined ? `${clientLabel(after)} changes` : `\`${former}\` is renamed to \`${after.key}\` (client kept: declared in formerly)`;
        return [{ kind: "app", action: "changed", path: after.source.path, line: after.source.line, summary, fields, risks }];
    });
}
