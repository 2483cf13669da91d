"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.managementGrants = managementGrants;
exports.publicClientManagementGrants = publicClientManagementGrants;
const model_index_1 = require("../model-index");
/** Grants on the tenant's Management API. */
function managementGrants(model) {
    return (0, model_index_1.resolvedGrants)(model).filter(({ api }) => api.kind === "management");
}
/** Management API grants that a browser or native app uses on behalf of its signed-in user. */
function publicClientManagementGrants(model) {
    return managementGrants(model).filter(({ grant, client }) => grant.subjectType === "user" && (0, model_index_1.isPublicClient)(client));
}
//# sourceMappingURL=management-grants.js.map