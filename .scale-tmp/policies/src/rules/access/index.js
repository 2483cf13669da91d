"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.accessRules = void 0;
const allow_all_scopes_1 = require("./allow-all-scopes");
const duplicate_grant_1 = require("./duplicate-grant");
const grant_to_denied_api_1 = require("./grant-to-denied-api");
const m2m_without_access_1 = require("./m2m-without-access");
const self_call_1 = require("./self-call");
const unused_api_1 = require("./unused-api");
const unused_scope_1 = require("./unused-scope");
const user_access_allow_all_1 = require("./user-access-allow-all");
exports.accessRules = [
    user_access_allow_all_1.userAccessAllowAll,
    grant_to_denied_api_1.grantToDeniedApi,
    duplicate_grant_1.duplicateGrant,
    allow_all_scopes_1.allowAllScopes,
    m2m_without_access_1.m2mWithoutAccess,
    self_call_1.selfCall,
    unused_scope_1.unusedScope,
    unused_api_1.unusedApi,
];
//# sourceMappingURL=index.js.map