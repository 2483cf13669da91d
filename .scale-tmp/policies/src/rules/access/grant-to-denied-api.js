"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.grantToDeniedApi = void 0;
const rule_1 = require("../../rule");
const model_index_1 = require("../model-index");
exports.grantToDeniedApi = (0, rule_1.defineRule)({
    meta: {
        id: "grant-to-denied-api",
        severity: "warning",
        description: "A grant to an API whose access policy denies that kind of token (deny_all): the grant is dead.",
        docs: "https://auth0.com/docs/get-started/apis/api-access-policies-for-applications",
    },
    check(model) {
        const apis = (0, model_index_1.byKey)(model.apis);
        return model.grants.flatMap((g) => {
            const target = apis.get(g.api);
            if (target === undefined)
                return [];
            const user = g.subjectType === "user";
            const field = user ? "userAccess" : "clientAccess";
            if ((user ? target.userAccess : target.clientAccess) !== "deny_all")
                return [];
            const kind = user ? "user" : "client-credentials";
            return [
                {
                    source: g.source,
                    message: `'${g.client}' has a ${kind} grant to API '${g.api}', whose ${field} is deny_all: ` +
                        `no ${kind} token will ever be issued for it`,
                    hint: `remove the grant, or set ${field}: require_grant on apis.${g.api}`,
                },
            ];
        });
    },
});
//# sourceMappingURL=grant-to-denied-api.js.map