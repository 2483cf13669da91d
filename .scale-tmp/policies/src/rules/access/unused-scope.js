"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.unusedScope = void 0;
const rule_1 = require("../../rule");
const api_usage_1 = require("./api-usage");
exports.unusedScope = (0, rule_1.defineRule)({
    meta: {
        id: "unused-scope",
        severity: "warning",
        description: "A scope of a managed API that no app requests, no grant gives and no role holds.",
        docs: "https://auth0.com/docs/get-started/apis/add-api-permissions",
    },
    check(model) {
        const usage = (0, api_usage_1.apiUsage)(model);
        return model.apis.flatMap((a) => {
            const used = usage.get(a.key);
            // An API nobody references at all is unused-api's single finding, not one per scope.
            if (a.kind !== "managed" || used === undefined || used.allScopes)
                return [];
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
//# sourceMappingURL=unused-scope.js.map