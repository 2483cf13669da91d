"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.m2mUserFlow = void 0;
const rule_1 = require("../../rule");
const model_index_1 = require("../model-index");
const urls_1 = require("../redirects/urls");
const grant_types_1 = require("./grant-types");
const HINT = "an m2m app only uses client credentials: split the user-facing part into a spa, native or web app";
exports.m2mUserFlow = (0, rule_1.defineRule)({
    meta: {
        id: "m2m-user-flow",
        severity: "error",
        description: "An m2m app declares callbacks, logout URLs or origins, user access, or a sign-in grant type: no user ever signs in to it.",
        docs: "https://auth0.com/docs/get-started/applications/application-grant-types",
    },
    check(model) {
        const reports = [];
        for (const client of model.clients) {
            if (client.type !== "m2m")
                continue;
            for (const field of urls_1.URL_FIELDS) {
                if (client[field].length === 0)
                    continue;
                reports.push({
                    source: client.source,
                    path: `${client.source.path}.${field}`,
                    message: `m2m app '${client.key}' declares ${field}, but no user signs in to a machine client`,
                    hint: HINT,
                });
            }
            for (const grantType of client.grantTypes) {
                if (!grant_types_1.SIGN_IN_GRANT_TYPES.includes(grantType))
                    continue;
                reports.push({ source: client.source, message: `m2m app '${client.key}' has the user sign-in grant type '${grantType}'`, hint: HINT });
            }
        }
        for (const { grant, client, api } of (0, model_index_1.resolvedGrants)(model)) {
            if (client.type !== "m2m" || grant.subjectType !== "user")
                continue;
            reports.push({
                source: grant.source,
                message: `m2m app '${client.key}' has user access to '${api.key}', but it never acts for a user`,
                hint: HINT,
            });
        }
        return reports;
    },
});
//# sourceMappingURL=m2m-user-flow.js.map