"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.publicClientAuthMethod = void 0;
const rule_1 = require("../../rule");
const model_index_1 = require("../model-index");
exports.publicClientAuthMethod = (0, rule_1.defineRule)({
    meta: {
        id: "public-client-auth-method",
        severity: "error",
        description: "A spa or native client authenticates at the token endpoint with a credential instead of 'none'.",
        docs: "https://auth0.com/docs/secure/application-credentials",
    },
    check(model) {
        return model.clients
            .filter((client) => (0, model_index_1.isPublicClient)(client) && client.authMethod !== "none")
            .map((client) => ({
            source: client.source,
            message: `${client.type} app '${client.key}' authenticates with '${client.authMethod}', but a credential in a browser or device is public`,
            hint: "set the token endpoint authentication method to 'none' and rely on PKCE",
        }));
    },
});
//# sourceMappingURL=public-client-auth-method.js.map