"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.grantsTo = grantsTo;
exports.dependentsOfApi = dependentsOfApi;
exports.callersOfApi = callersOfApi;
exports.dependentsOfScope = dependentsOfScope;
exports.refreshTokenUsersOf = refreshTokenUsersOf;
exports.silentAuthUsersOf = silentAuthUsersOf;
const describe_1 = require("./describe");
function grantsTo(model, api, subjectType) {
    return model.grants.filter((g) => g.api === api && (subjectType === undefined || g.subjectType === subjectType));
}
/** Apps and API backends holding a grant on the API, and roles with permissions on it. */
function dependentsOfApi(model, api, subjectType) {
    const clients = grantsTo(model, api, subjectType).map((g) => (0, describe_1.clientLabelOf)(model, g.client));
    const roles = subjectType === "client" ? [] : model.roles.filter((r) => r.permissions.some((p) => p.api === api)).map((r) => `role \`${r.key}\``);
    return [...new Set([...clients, ...roles])];
}
/** Apps and API backends that obtain tokens for the API. */
function callersOfApi(model, api) {
    return [...new Set(grantsTo(model, api).map((g) => (0, describe_1.clientLabelOf)(model, g.client)))];
}
/** Who requests or holds one scope of an API. */
function dependentsOfScope(model, api, scope) {
    const clients = grantsTo(model, api)
        .filter((g) => g.scopes.includes(scope))
        .map((g) => (0, describe_1.clientLabelOf)(model, g.client));
    const roles = model.roles.filter((r) => r.permissions.some((p) => p.api === api && p.scope === scope)).map((r) => `role \`${r.key}\``);
    return [...new Set([...clients, ...roles])];
}
/** Apps that use refresh tokens with user access to the API. */
function refreshTokenUsersOf(model, api) {
    return grantsTo(model, api, "user")
        .filter((g) => model.clients.some((c) => c.key === g.client && c.refreshToken !== null))
        .map((g) => (0, describe_1.clientLabelOf)(model, g.client));
}
/** First-party browser and native apps with user access: the ones that rely on silent authentication. */
function silentAuthUsersOf(model, api) {
    return grantsTo(model, api, "user")
        .filter((g) => model.clients.some((c) => c.key === g.client && c.firstParty && (c.type === "spa" || c.type === "native")))
        .map((g) => (0, describe_1.clientLabelOf)(model, g.client));
}
//# sourceMappingURL=dependents.js.map