"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.publicClientCredentials = void 0;
const rule_1 = require("../../rule");
const model_index_1 = require("../model-index");
const grant_types_1 = require("./grant-types");
const HINT = "move the machine access to a backend (a web app's machineAccess, an API's calls, or an m2m app)";
exports.publicClientCredentials = (0, rule_1.defineRule)({
    meta: {
        id: "public-client-credentials",
        severity: "error",
        description: "A spa or native app is given machine (client-credentials) access, which needs a secret it cannot keep.",
        docs: "https://auth0.com/docs/get-started/applications/application-grant-types",
    },
    check(model) {
        const reports = [];
        for (const client of model.clients) {
            if (!(0, model_index_1.isPublicClient)(client) || !client.grantTypes.includes(grant_types_1.CLIENT_CREDENTIALS))
                continue;
            reports.push({
                source: client.source,
                message: `${client.type} app '${client.key}' has the client_credentials grant type, but its secret would ship to every user`,
                hint: HINT,
            });
        }
        for (const { grant, client, api } of (0, model_index_1.resolvedGrants)(model)) {
            if (!(0, model_index_1.isPublicClient)(client) || grant.subjectType !== "client")
                continue;
            reports.push({
                source: grant.source,
                message: `${client.type} app '${client.key}' is given machine access to '${api.key}', but it cannot keep a client secret`,
                hint: HINT,
            });
        }
        return reports;
    },
});
//# sourceMappingURL=public-client-credentials.js.map