"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.implicitGrant = void 0;
const rule_1 = require("../../rule");
const model_index_1 = require("../model-index");
const grant_types_1 = require("./grant-types");
exports.implicitGrant = (0, rule_1.defineRule)({
    meta: {
        id: "implicit-grant",
        severity: "warning",
        description: "A client has the implicit grant enabled (tokens in the browser URL); an error for spa and native apps.",
        docs: "https://www.rfc-editor.org/rfc/rfc9700#section-2.1.2",
    },
    check(model) {
        return model.clients
            .filter((client) => client.grantTypes.includes(grant_types_1.IMPLICIT))
            .map((client) => ({
            source: client.source,
            message: `${client.type} app '${client.key}' has the implicit grant: tokens travel in the browser URL and leak through history and referrers`,
            hint: "remove 'implicit' (Auth0 enables it on raw clients by default) and use the authorization code flow with PKCE",
            severity: (0, model_index_1.isPublicClient)(client) ? "error" : undefined,
        }));
    },
});
//# sourceMappingURL=implicit-grant.js.map