"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.allowAllScopes = void 0;
const rule_1 = require("../../rule");
exports.allowAllScopes = (0, rule_1.defineRule)({
    meta: {
        id: "allow-all-scopes",
        severity: "warning",
        description: "A grant gives every current and future scope of the API.",
        docs: "https://auth0.com/docs/get-started/applications/application-access-to-apis-client-grants",
    },
    check: (model) => model.grants
        .filter((g) => g.allowAllScopes)
        .map((g) => ({
        source: g.source,
        message: `the ${g.subjectType} grant of '${g.client}' to API '${g.api}' allows all its scopes, including any added later`,
        hint: "grant the scopes the app needs by name instead of all of them",
    })),
});
//# sourceMappingURL=allow-all-scopes.js.map