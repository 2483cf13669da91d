import { defineRule } from "../../rule";
import { apiUsage } from "./api-usage";

export const unusedScope = defineRule({
    meta: {
        id: "unused-scope",
        severity: "warning",
        description: "A scope of a managed API that no app requests, no grant gives and no role holds.",
        docs: "https://auth0.com/docs/get-started/apis/add-api-permissions",
    },
    check(model) {
        const usage = apiUsage(model);
        return model.apis.flatMap((a) => {
            const used = usage.get(a.key);
            // An API nobody references at all is unused-api's single finding, not one per scope.
            if (a.kind !== "managed" || used === undefined || used.allScopes) return [];
            return a.scopes
                .filter((s) => !used.scopes.has(s.value))
                .map((s) => ({
                    source: s.source,
                    message: `scope '${s.value}' of API '${a.key}' is not requested by any app, given by any grant or held through any role`,
                    hint: `remove it from apis.${a.key}.scopes, or grant it where it is needed`,
                }));
        });
    },
});
