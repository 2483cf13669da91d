"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.thirdPartySystemApi = void 0;
const rule_1 = require("../../rule");
const management_grants_1 = require("./management-grants");
exports.thirdPartySystemApi = (0, rule_1.defineRule)({
    meta: {
        id: "third-party-system-api",
        severity: "error",
        description: "A third-party app (firstParty: false) has access to the Management API, which Auth0 never grants to third-party apps.",
        docs: "https://auth0.com/docs/get-started/applications/third-party-applications/security-controls",
        waivable: false,
    },
    check(model) {
        return (0, management_grants_1.managementGrants)(model)
            .filter(({ client }) => !client.firstParty)
            .map(({ grant, client }) => ({
            source: grant.source,
            message: `third-party app '${client.key}' is given Management API access, which Auth0 refuses for third-party apps`,
            hint: "remove the auth0-management access, or expose what the partner needs through one of your own APIs",
        }));
    },
});
//# sourceMappingURL=third-party-system-api.js.map