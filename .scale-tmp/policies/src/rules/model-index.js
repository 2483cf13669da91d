"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.byKey = byKey;
exports.resolvedGrants = resolvedGrants;
exports.grantScopes = grantScopes;
exports.isPublicClient = isPublicClient;
function byKey(items) {
    return new Map(items.map((item) => [item.key, item]));
}
/** Grants whose client and API both exist; dangling references are the reference rules' findings. */
function resolvedGrants(model) {
    const clients = byKey(model.clients);
    const apis = byKey(model.apis);
    const resolved = [];
    for (const grant of model.grants) {
        const client = clients.get(grant.client);
        const api = apis.get(grant.api);
        if (client !== undefined && api !== undefined)
            resolved.push({ grant, client, api });
    }
    return resolved;
}
/** Each scope of a grant with its topology path (`<grant path>.<index>`). */
function grantScopes(grant) {
    return grant.scopes.map((scope, index) => ({ scope, path: `${grant.source.path}.${index}` }));
}
/** spa and native apps run on the user's device and cannot keep a secret: OAuth public clients. */
function isPublicClient(client) {
    return client.type === "spa" || client.type === "native";
}
//# sourceMappingURL=model-index.js.map