import type { Api, Client, RefreshTokenPolicy, TenantModel } from "../../model";
import { defineRule, type Report } from "../../rule";
import { byKey } from "../model-index";

interface Problem {
    problem: string;
    hint: string;
}

const DROP_POLICY = "remove that refresh-token policy";

/**
 * What Auth0's Multi-Resource Refresh Token limitations refuse in one policy; empty when nothing.
 * Offline access is not among them: only the API of the login that issues the refresh token needs it.
 */
function policyProblems(policy: RefreshTokenPolicy, target: Api | undefined): Problem[] {
    if (target === undefined) return [{ problem: "names no API of the tenant: Auth0 silently ignores it", hint: DROP_POLICY }];
    if (target.kind === "management") {
        return [{ problem: "names the Management API, which Multi-Resource Refresh Tokens do not support", hint: DROP_POLICY }];
    }
    const problems: Problem[] = [];
    if (!target.skipConsentForFirstParty) {
        problems.push({
            problem: `names API '${target.key}', which does not allow skipping user consent; Multi-Resource Refresh Tokens support only APIs that do`,
            hint: `set skipConsentForFirstParty: true on apis.${target.key}, or ${DROP_POLICY}`,
        });
    }
    const declared = new Set(target.scopes.map((s) => s.value));
    const missing = policy.scopes.filter((s) => !declared.has(s));
    if (missing.length > 0) {
        problems.push({
            problem: `asks for ${missing.join(", ")}, which API '${target.key}' does not define`,
            hint: `limit the policy to scopes of apis.${target.key}`,
        });
    }
    return problems;
}

function report(client: Client, message: string, hint: string): Report {
    return { source: client.source, path: `${client.source.path}.refreshTokens`, message: `app '${client.key}': ${message}`, hint };
}

/** The APIs an app with refresh tokens calls for users that allow refresh tokens: what the design would renew. */
function offlineUserApis(model: TenantModel, client: Client, apis: ReadonlyMap<string, Api>): { api: Api; path: string }[] {
    return model.grants.flatMap((g) => {
        const api = g.client === client.key && g.subjectType === "user" ? apis.get(g.api) : undefined;
        return api !== undefined && api.kind !== "management" && api.offlineAccess ? [{ api, path: g.source.path }] : [];
    });
}

/** What the design asks beyond the limitations: audiences its refresh token cannot be exchanged for. */
function beyondLimitations(model: TenantModel, client: Client, apis: ReadonlyMap<string, Api>): Report[] {
    if (client.refreshToken === null) return [];
    const offline = offlineUserApis(model, client, apis);
    if (!client.firstParty) {
        if (offline.length < 2) return [];
        return [{
            ...report(client, `Multi-Resource Refresh Tokens are for first-party apps only: its refresh token renews only the audience it was issued for, not ${offline.map((o) => o.api.key).join(" and ")} alike`, "sign the user in once per audience"),
            severity: "info",
        }];
    }
    const covered = new Set(client.refreshToken.policies.map((p) => p.audience));
    return offline
        .filter(({ api }) => !covered.has(api.identifier) && !api.skipConsentForFirstParty)
        .map(({ api, path }) => ({
            source: client.source,
            path,
            severity: "info" as const,
            message: `app '${client.key}' cannot exchange its refresh token for API '${api.key}': Multi-Resource Refresh Tokens support only APIs that allow skipping user consent`,
            hint: `set skipConsentForFirstParty: true on apis.${api.key}, or get its tokens with their own login`,
        }));
}

export const mrrtConstraints = defineRule({
    meta: {
        id: "mrrt-constraints",
        severity: "error",
        description:
            "A Multi-Resource Refresh Token policy names the Management API, an unknown API, an API that does not allow skipping " +
            "user consent or scopes the API lacks, or belongs to a third-party app; or (info) an app's refresh token cannot be " +
            "exchanged for an API it calls because of those limitations.",
        docs: "https://auth0.com/docs/secure/tokens/refresh-tokens/multi-resource-refresh-token",
    },
    check(model) {
        const byIdentifier = new Map(model.apis.map((a) => [a.identifier, a]));
        const apis = byKey(model.apis);
        const reports: Report[] = [];
        for (const client of model.clients) {
            const policies = client.refreshToken?.policies ?? [];
            if (policies.length > 0 && !client.firstParty) {
                const message = "Multi-Resource Refresh Token policies are for first-party apps only";
                reports.push(report(client, message, "remove the refresh-token policies of this third-party app"));
            }
            for (const policy of policies) {
                for (const { problem, hint } of policyProblems(policy, byIdentifier.get(policy.audience))) {
                    reports.push(report(client, `the refresh-token policy for ${policy.audience} ${problem}`, hint));
                }
            }
            reports.push(...beyondLimitations(model, client, apis));
        }
        return reports;
    },
});
