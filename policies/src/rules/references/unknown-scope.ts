import { pathJoin } from "../../path";
import type { Api, Source } from "../../model";
import { defineRule, type Report } from "../../rule";
import { didYouMean } from "../../suggest";
import { grantScopePath } from "../model-index";

function scopeReport(api: Api, scope: string, source: Source, path: string): Report {
    const known = api.scopes.map((s) => s.value);
    if (api.kind === "management") {
        return {
            source,
            path,
            message: `'${scope}' is not a Management API scope${didYouMean(scope, known)}`,
            hint: "use a scope from https://auth0.com/docs/api/management/v2 (each endpoint lists the scopes it needs)",
        };
    }
    return {
        source,
        path,
        message: `'${scope}' is not a scope of API '${api.key}'${didYouMean(scope, known)}`,
        hint: `declare it under apis.${api.key}.scopes, or use one of: ${known.join(", ") || "(the API has no scopes)"}`,
    };
}

export const unknownScope = defineRule({
    meta: {
        id: "unknown-scope",
        severity: "error",
        description: "A requested, granted or role scope is not among the scopes of its API.",
        docs: "https://auth0.com/docs/get-started/apis/add-api-permissions",
        waivable: false,
    },
    check(model) {
        const apis = new Map(model.apis.map((a) => [a.key, { api: a, scopes: new Set(a.scopes.map((s) => s.value)) }]));
        const reports: Report[] = [];
        // Undeclared APIs are unknown-api's finding; allow-all grants name no scope.
        for (const grant of model.grants) {
            const target = apis.get(grant.api);
            if (target === undefined || grant.allowAllScopes) continue;
            for (const [index, scope] of grant.scopes.entries()) {
                if (!target.scopes.has(scope)) reports.push(scopeReport(target.api, scope, grant.source, grantScopePath(grant, index)));
            }
        }
        for (const role of model.roles) {
            for (const { api, scope } of role.permissions) {
                const target = apis.get(api);
                if (target !== undefined && !target.scopes.has(scope)) {
                    reports.push(scopeReport(target.api, scope, role.source, pathJoin(role.source.path, "permissions", api)));
                }
            }
        }
        return reports;
    },
});
