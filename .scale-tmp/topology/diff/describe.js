"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.APP_TYPE_NAMES = void 0;
exports.apiLabel = apiLabel;
exports.clientLabel = clientLabel;
exports.clientLabelOf = clientLabelOf;
exports.subjectPhrase = subjectPhrase;
exports.scopeList = scopeList;
exports.listOrNone = listOrNone;
exports.duration = duration;
// Names of model elements in words a reviewer understands without reading the topology file.
const model_1 = require("../../policies/src/model");
exports.APP_TYPE_NAMES = {
    spa: "single-page app",
    native: "native app",
    web: "web app",
    m2m: "machine-to-machine app",
};
function apiLabel(model, key) {
    if (key === model_1.MANAGEMENT_API)
        return "the Auth0 Management API";
    const api = model.apis.find((a) => a.key === key);
    return api === undefined ? `API \`${key}\` (not declared)` : `API \`${key}\` (${api.identifier})`;
}
function clientLabel(client) {
    if (client.purpose === "api-caller" && client.callerOf !== undefined)
        return `the backend of API \`${client.callerOf}\``;
    return `${exports.APP_TYPE_NAMES[client.type]} \`${client.key}\``;
}
function clientLabelOf(model, key) {
    const client = model.clients.find((c) => c.key === key);
    return client === undefined ? `client \`${key}\`` : clientLabel(client);
}
/** "on behalf of users" or "as itself": how the grant's tokens are obtained. */
function subjectPhrase(grant) {
    return grant.subjectType === "user" ? "on behalf of signed-in users" : "as itself (client credentials)";
}
function scopeList(scopes) {
    return scopes.length === 0 ? "no scopes" : scopes.map((s) => `\`${s}\``).join(", ");
}
/** "storefront, admin" or "no app" */
function listOrNone(items, none) {
    return items.length === 0 ? none : items.join(", ");
}
function duration(seconds) {
    if (seconds % 86400 === 0)
        return `${seconds / 86400} d`;
    if (seconds % 3600 === 0)
        return `${seconds / 3600} h`;
    return `${seconds} s`;
}
//# sourceMappingURL=describe.js.map