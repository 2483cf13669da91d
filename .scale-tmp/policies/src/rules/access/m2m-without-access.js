"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.m2mWithoutAccess = void 0;
const rule_1 = require("../../rule");
exports.m2mWithoutAccess = (0, rule_1.defineRule)({
    meta: {
        id: "m2m-without-access",
        severity: "warning",
        description: "A machine-to-machine app has no client grant, so it cannot obtain any token.",
        docs: "https://auth0.com/docs/get-started/applications/application-access-to-apis-client-grants",
    },
    check(model) {
        const withClientGrant = new Set(model.grants.filter((g) => g.subjectType === "client").map((g) => g.client));
        return model.clients
            .filter((c) => c.type === "m2m" && !withClientGrant.has(c.key))
            .map((c) => ({
            source: c.source,
            message: `m2m client '${c.key}' has no client grant: its client-credentials requests for any API will be refused`,
            hint: "give it access to the APIs it calls, or remove it",
        }));
    },
});
//# sourceMappingURL=m2m-without-access.js.map