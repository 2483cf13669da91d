// Changes to APIs (resource servers) and their scopes.
import type { Api } from "../../policies/src/model";
import type { Change, RiskNote } from "./changeset";
import { callersOfApi, dependentsOfApi, dependentsOfScope, refreshTokenUsersOf, silentAuthUsersOf } from "./dependents";
import { apiLabel, duration, listOrNone } from "./describe";
import { compareFields, plain, when, type DiffContext, type FieldRule } from "./fields";
import { matchByKey } from "./match";
import { refusedWhileProtected, replacementRisks } from "./replacements";
import { AUTH0_TYPES } from "../../policies/src/pack/auth0-types";
import { visibleText } from "../../policies/src/lookalike";

const identifierRisks = (before: Api, after: Api, context: DiffContext): RiskNote[] => {
    const callers = listOrNone(callersOfApi(context.head, after.key), "no app yet");
    const moved: RiskNote = { risk: "breaks-callers", reason: `grants now point at audience ${visibleText(after.identifier)}; tokens for ${visibleText(before.identifier)} are no longer granted (used by ${callers})` };
    if (after.kind !== "managed") return [moved];
    const replaced = replacementRisks(
        context,
        AUTH0_TYPES.resourceServer,
        after.key,
        "identifier",
        `pulumi up deletes the API and creates a new one. Every token issued for ${before.identifier} is rejected, its scopes ` +
            `and client grants are recreated (their audience is ForceNew too), and every caller must request audience ${after.identifier} (${callers}).`,
    );
    return replaced.length > 0 ? replaced : [moved];
};

const kindRisks = (before: Api, after: Api, context: DiffContext): RiskNote[] => {
    if (before.kind === "managed") {
        return [
            { risk: "deletes", reason: `the stack no longer manages it: pulumi up deletes ${before.identifier} from the tenant and every token for it is rejected` },
            ...refusedWhileProtected(context, AUTH0_TYPES.resourceServer, before.key, "deletes"),
        ];
    }
    return when(after.kind === "managed", {
        risk: "replaces",
        reason: `pulumi up creates an API with identifier ${after.identifier}; Auth0 rejects it (409) while the existing one is not imported (pulumi import)`,
    });
};

export const API_FIELDS: readonly FieldRule<Api>[] = [
    { field: "identifier", value: (a) => a.identifier, show: (a) => visibleText(a.identifier), risks: identifierRisks },
    { field: "managed by this stack", value: (a) => a.kind, show: (a) => a.kind, risks: kindRisks },
    plain("name", (a) => a.name),
    {
        field: "rbac",
        value: (a) => a.rbac,
        show: (a) => String(a.rbac),
        risks: (b, a, { head }) =>
            a.rbac
                ? when(dependentsOfApi(head, a.key, "user").length > 0, {
                      risk: "breaks-callers",
                      reason: "users now need a role holding each scope; users without one get tokens without it",
                  })
                : [{ risk: "widens-access", reason: `roles are ignored: a user gets every scope the app requests for ${b.identifier}` }],
    },
    {
        field: "permissions claim in tokens",
        value: (a) => a.permissionsInToken,
        show: (a) => String(a.permissionsInToken),
        risks: (_b, a) => when(!a.permissionsInToken, { risk: "breaks-callers", reason: "tokens no longer carry the `permissions` claim: an API that reads it rejects requests" }),
    },
    {
        field: "user access policy",
        value: (a) => a.userAccess,
        show: (a) => a.userAccess,
        risks: (b, a, { head }) => {
            if (a.userAccess === "allow_all") return [{ risk: "widens-access", reason: "any app of the tenant may now obtain user tokens for it, with or without a grant" }];
            if (a.userAccess === "deny_all") {
                return [{ risk: "breaks-callers", reason: `no app may obtain user tokens for it any more (${listOrNone(dependentsOfApi(head, a.key, "user"), "no app has a user grant")})` }];
            }
            return b.userAccess === "allow_all"
                ? [{ risk: "breaks-callers", reason: "apps without a user grant lose the user access `allow_all` gave them" }]
                : [{ risk: "widens-access", reason: `apps with a user grant may obtain user tokens again (${listOrNone(dependentsOfApi(head, a.key, "user"), "none yet")})` }];
        },
    },
    {
        field: "client access policy",
        value: (a) => a.clientAccess,
        show: (a) => a.clientAccess,
        risks: (_b, a, { head }) => {
            const machines = listOrNone(dependentsOfApi(head, a.key, "client"), "none yet");
            return a.clientAccess === "deny_all"
                ? [{ risk: "breaks-callers", reason: `no machine client may obtain tokens for it any more (${machines})` }]
                : [{ risk: "widens-access", reason: `machine clients with a client grant may obtain tokens again (${machines})` }];
        },
    },
    {
        field: "offline access (refresh tokens)",
        value: (a) => a.offlineAccess,
        show: (a) => String(a.offlineAccess),
        risks: (_b, a, { head }) => {
            if (a.offlineAccess) return [{ risk: "widens-access", reason: "refresh tokens may now be issued for it: sessions outlive the access token" }];
            const users = refreshTokenUsersOf(head, a.key);
            return when(users.length > 0, { risk: "breaks-callers", reason: `apps that refresh tokens for it can no longer do so (${users.join(", ")})` });
        },
    },
    {
        field: "token lifetime",
        value: (a) => a.tokenLifetime,
        show: (a) => duration(a.tokenLifetime),
        risks: (b, a) => when(a.tokenLifetime > b.tokenLifetime, { risk: "widens-access", reason: `a leaked token stays valid for ${duration(a.tokenLifetime)} instead of ${duration(b.tokenLifetime)}` }),
    },
    {
        field: "web (implicit/hybrid flow) token lifetime",
        value: (a) => a.tokenLifetimeForWeb,
        show: (a) => duration(a.tokenLifetimeForWeb),
        risks: (b, a) =>
            when(a.tokenLifetimeForWeb > b.tokenLifetimeForWeb, {
                risk: "widens-access",
                reason: `a leaked implicit/hybrid-flow token stays valid for ${duration(a.tokenLifetimeForWeb)} instead of ${duration(b.tokenLifetimeForWeb)}`,
            }),
    },
    {
        field: "signing algorithm",
        value: (a) => a.signingAlg,
        show: (a) => a.signingAlg,
        risks: (b, a) => [{ risk: "breaks-callers", reason: `the API's own token validation must switch from ${b.signingAlg} to ${a.signingAlg}` }],
    },
    {
        field: "skip consent for first-party apps",
        value: (a) => a.skipConsentForFirstParty,
        show: (a) => String(a.skipConsentForFirstParty),
        risks: (_b, a, { head }) => {
            if (a.skipConsentForFirstParty) return [{ risk: "widens-access", reason: "first-party apps no longer ask users for consent" }];
            const users = silentAuthUsersOf(head, a.key);
            return when(users.length > 0, { risk: "breaks-callers", reason: `users must consent; silent authentication fails with consent_required (${users.join(", ")})` });
        },
    },
];

function scopeChanges(context: DiffContext, before: Api, after: Api): Change[] {
    const changes: Change[] = [];
    const descriptions = (api: Api) => new Map(api.scopes.map((s) => [s.value, s]));
    const old = descriptions(before);
    const now = descriptions(after);
    for (const [value, scope] of now) {
        const previous = old.get(value);
        if (previous === undefined) {
            changes.push({ kind: "scope", action: "added", path: scope.source.path, line: scope.source.line, summary: `${apiLabel(context.head, after.key)} gains scope \`${value}\``, fields: [], risks: [] });
        } else if (previous.description !== scope.description) {
            changes.push({
                kind: "scope",
                action: "changed",
                path: scope.source.path,
                line: scope.source.line,
                summary: `scope \`${value}\` of ${apiLabel(context.head, after.key)} is described differently`,
                fields: [{ field: "description", before: previous.description, after: scope.description }],
                risks: [],
            });
        }
    }
    for (const [value, scope] of old) {
        if (now.has(value)) continue;
        const stillUsed = dependentsOfScope(context.head, after.key, value);
        const usedBefore = dependentsOfScope(context.base, before.key, value);
        const risks: RiskNote[] = [{ risk: "deletes", reason: `held before by ${listOrNone(usedBefore, "nobody")}` }];
        if (stillUsed.length > 0) risks.push({ risk: "breaks-callers", reason: `still requested or held by ${stillUsed.join(", ")}: Auth0 rejects those grants and role permissions` });
        changes.push({ kind: "scope", action: "removed", path: scope.source.path, line: scope.source.line, summary: `${apiLabel(context.head, after.key)} loses scope \`${value}\``, fields: [], risks });
    }
    return changes;
}

export function diffApis(context: DiffContext, renamed: ReadonlyMap<string, string>): Change[] {
    const { base, head } = context;
    const formerOf = new Map([...renamed].map(([from, to]) => [to, from]));
    return matchByKey(base.apis, head.apis, (a) => a.key).flatMap(({ before, after }): Change[] => {
        if (before === undefined && after !== undefined) {
            const scopes = after.scopes.map((s) => s.value);
            return [{ kind: "api", action: "added", path: after.source.path, line: after.source.line, summary: `new ${apiLabel(head, after.key)}${scopes.length ? ` with scopes ${scopes.map((s) => `\`${s}\``).join(", ")}` : ""}`, fields: [], risks: [] }];
        }
        if (after === undefined && before !== undefined) {
            const dependents = listOrNone(dependentsOfApi(base, before.key), "nothing");
            const risks: RiskNote[] = before.kind === "managed"
                ? [
                      { risk: "deletes", reason: `pulumi up deletes it from the tenant; every token for ${before.identifier} is rejected. It was used by ${dependents}` },
                      ...refusedWhileProtected(context, AUTH0_TYPES.resourceServer, before.key, "deletes"),
                  ]
                : [];
            return [{ kind: "api", action: "removed", path: before.source.path, line: before.source.line, summary: `${apiLabel(base, before.key)} is removed`, fields: [], risks }];
        }
        if (before === undefined || after === undefined) return [];
        const { fields, risks } = compareFields(API_FIELDS, before, after, context);
        const former = formerOf.get(after.key);
        if (former !== undefined) fields.unshift({ field: "key", before: former, after: after.key });
        const own: Change[] =
            fields.length === 0
                ? []
                : [{ kind: "api", action: "changed", path: after.source.path, line: after.source.line, summary: former === undefined ? `${apiLabel(head, after.key)} changes` : `API \`${former}\` is renamed to \`${after.key}\` (kept: declared in formerly)`, fields, risks }];
        return [...own, ...scopeChanges(context, before, after)];
    });
}
