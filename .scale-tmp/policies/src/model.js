"use strict";
// The TenantModel: an Auth0-shaped description of a tenant, the one meeting point of the project.
// The topology loader produces it from a file, the policy pack rebuilds it from Pulumi resources,
// and every rule reads it and nothing else. Each element carries where it came from, so a finding
// can point at a file line or at a resource URN.
Object.defineProperty(exports, "__esModule", { value: true });
exports.MANAGEMENT_API = exports.PLANS = exports.ENVIRONMENTS = exports.CLIENT_ACCESS_POLICIES = exports.USER_ACCESS_POLICIES = exports.APP_TYPES = void 0;
exports.grantPath = grantPath;
exports.callerClientKey = callerClientKey;
exports.APP_TYPES = ["spa", "native", "web", "m2m"];
exports.USER_ACCESS_POLICIES = ["require_grant", "allow_all", "deny_all"];
exports.CLIENT_ACCESS_POLICIES = ["require_grant", "deny_all"];
exports.ENVIRONMENTS = ["production", "development"];
exports.PLANS = ["free", "self-service", "enterprise"];
/** The built-in key of the tenant's Management API. */
exports.MANAGEMENT_API = "auth0-management";
/** The topology path of a grant, shared by both front ends so their findings name the same place. */
function grantPath(client, api, subjectType) {
    if (client.purpose === "api-caller" && client.callerOf !== undefined)
        return `apis.${client.callerOf}.calls.${api}`;
    const field = subjectType === "client" && client.type !== "m2m" ? "machineAccess" : "access";
    return `apps.${client.key}.${field}.${api}`;
}
/** Resource name of the machine client that an API uses for its `calls`. '/' cannot occur in keys. */
function callerClientKey(apiKey) {
    return `${apiKey}/caller`;
}
//# sourceMappingURL=model.js.map