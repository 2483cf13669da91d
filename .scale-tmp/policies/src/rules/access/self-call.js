"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.selfCall = void 0;
const rule_1 = require("../../rule");
exports.selfCall = (0, rule_1.defineRule)({
    meta: {
        id: "self-call",
        severity: "warning",
        description: "An API's calls name the API itself.",
        docs: "https://auth0.com/docs/get-started/applications/application-access-to-apis-client-grants",
    },
    check(model) {
        const callerOf = new Map(model.clients.filter((c) => c.purpose === "api-caller").map((c) => [c.key, c.callerOf]));
        return model.grants
            .filter((g) => callerOf.get(g.client) === g.api)
            .map((g) => ({
            source: g.source,
            message: `API '${g.api}' calls itself: its backend needs no token to reach its own code`,
            hint: `remove ${g.api} from apis.${g.api}.calls`,
        }));
    },
});
//# sourceMappingURL=self-call.js.map