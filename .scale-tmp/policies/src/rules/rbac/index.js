"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.rbacRules = void 0;
const first_party_consent_required_1 = require("./first-party-consent-required");
const rbac_not_for_machines_1 = require("./rbac-not-for-machines");
const rbac_permissions_not_in_token_1 = require("./rbac-permissions-not-in-token");
const roles_without_rbac_1 = require("./roles-without-rbac");
const third_party_consent_1 = require("./third-party-consent");
exports.rbacRules = [
    roles_without_rbac_1.rolesWithoutRbac,
    rbac_permissions_not_in_token_1.rbacPermissionsNotInToken,
    rbac_not_for_machines_1.rbacNotForMachines,
    third_party_consent_1.thirdPartyConsent,
    first_party_consent_required_1.firstPartyConsentRequired,
];
//# sourceMappingURL=index.js.map