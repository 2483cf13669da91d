"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.managementRules = void 0;
const m2m_management_privileged_1 = require("./m2m-management-privileged");
const spa_management_metadata_write_1 = require("./spa-management-metadata-write");
const spa_management_scopes_1 = require("./spa-management-scopes");
const third_party_system_api_1 = require("./third-party-system-api");
exports.managementRules = [spa_management_scopes_1.spaManagementScopes, spa_management_metadata_write_1.spaManagementMetadataWrite, third_party_system_api_1.thirdPartySystemApi, m2m_management_privileged_1.m2mManagementPrivileged];
//# sourceMappingURL=index.js.map