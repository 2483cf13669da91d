"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.mrrtConstraints = void 0;
const rule_1 = require("../../rule");
const DROP_POLICY = "remove that refresh-token policy";
/** What is wrong with one Multi-Resource Refresh Token policy; empty when nothing is. */
function policyProblems(policy, target) {
    if (target === undefined)
        return [{ problem: "names no API of the tenant: Auth0 silently ignores it", hint: DROP_POLICY }];
    if (target.kind === "management") {
        return [{ problem: "names the Management API, which Multi-Resource Refresh Tokens do not support", hint: DROP_POLICY }];
    }
    const problems = [];
    if (!target.offlineAccess) {
        problems.push({
            problem: `names API '${target.key}', which does not allow offline access`,
            hint: `set offlineAccess: true on apis.${target.key}, or ${DROP_POLICY}`,
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
function report(client, message, hint) {
    return { source: client.source, path: `${client.source.path}.refreshTokens`, message: `app '${client.key}': ${message}`, hint };
}
exports.mrrtConstraints = (0, rule_1.defineRule)({
    meta: {
        id: "mrrt-constraints",
        severity: "error",
        description: "A Multi-Resource Refresh Token policy names the Management API, an unknown API, an API without offline access or " +
            "scopes the API lacks, or belongs to a third-party app.",
        docs: "https://auth0.com/docs/secure/tokens/refresh-tokens/multi-resource-refresh-token",
    },
    check(model) {
        const byIdentifier = new Map(model.apis.map((a) => [a.identifier, a]));
        const reports = [];
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
        }
        return reports;
    },
});
//# sourceMappingURL=mrrt-constraints.js.map