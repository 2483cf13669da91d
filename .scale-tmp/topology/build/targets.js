"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.apiFinder = apiFinder;
function apiFinder(model, built) {
    return (ref, referrer) => {
        const api = model.apis.find((a) => a.key === ref) ?? model.apis.find((a) => a.identifier === ref);
        if (api === undefined) {
            // Only a model the checker rejected (unknown-api) gets here; the program never builds one.
            throw new Error(`${referrer} names API '${ref}', which the model does not declare`);
        }
        const resources = built.get(api.key);
        if (resources === undefined)
            return { api, identifier: api.identifier, scopesReady: [] };
        return { api, identifier: resources.server.identifier, scopesReady: [resources.scopes] };
    };
}
//# sourceMappingURL=targets.js.map