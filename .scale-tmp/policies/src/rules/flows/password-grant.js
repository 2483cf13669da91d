"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.passwordGrant = void 0;
const rule_1 = require("../../rule");
const grant_types_1 = require("./grant-types");
exports.passwordGrant = (0, rule_1.defineRule)({
    meta: {
        id: "password-grant",
        severity: "error",
        description: "A client has the resource owner password grant, which hands the user's password to the app.",
        docs: "https://www.rfc-editor.org/rfc/rfc9700#section-2.4",
    },
    check(model) {
        return model.clients.flatMap((client) => client.grantTypes
            .filter((grantType) => grant_types_1.PASSWORD_GRANTS.includes(grantType))
            .map((grantType) => ({
            source: client.source,
            message: `${client.type} app '${client.key}' has the '${grantType}' grant: the app sees the user's password and MFA cannot protect it`,
            hint: `remove '${grantType}' and sign users in with the authorization code flow (with PKCE)`,
        })));
    },
});
//# sourceMappingURL=password-grant.js.map