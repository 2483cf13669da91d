"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.grantTypeMatrix = void 0;
const rule_1 = require("../../rule");
const model_index_1 = require("../model-index");
const grant_types_1 = require("./grant-types");
/** Grant types that a more specific rule reports, so one mistake gives one finding. */
function reportedElsewhere(client, grantType) {
    if (grantType === grant_types_1.IMPLICIT || grant_types_1.PASSWORD_GRANTS.includes(grantType))
        return true; // implicit-grant, password-grant
    if (grantType === grant_types_1.CLIENT_CREDENTIALS && (0, model_index_1.isPublicClient)(client))
        return true; // public-client-credentials
    return client.type === "m2m" && grant_types_1.SIGN_IN_GRANT_TYPES.includes(grantType); // m2m-user-flow
}
exports.grantTypeMatrix = (0, rule_1.defineRule)({
    meta: {
        id: "grant-type-matrix",
        severity: "error",
        description: "A client has a grant type outside the set allowed for its app type.",
        docs: "https://auth0.com/docs/get-started/applications/application-grant-types",
    },
    check(model) {
        const reports = [];
        for (const client of model.clients) {
            const allowed = grant_types_1.ALLOWED_GRANT_TYPES[client.type];
            for (const grantType of client.grantTypes) {
                if (allowed.includes(grantType) || reportedElsewhere(client, grantType))
                    continue;
                reports.push({
                    source: client.source,
                    message: `${client.type} app '${client.key}' has grant type '${grantType}'; a ${client.type} app uses only ${allowed.join(", ")}`,
                    hint: `remove '${grantType}', or declare the app with the type whose flow it really uses`,
                });
            }
        }
        return reports;
    },
});
//# sourceMappingURL=grant-type-matrix.js.map