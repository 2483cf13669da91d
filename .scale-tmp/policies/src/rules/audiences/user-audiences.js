"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.userAudiences = userAudiences;
const model_index_1 = require("../model-index");
/** Apps with at least one user grant to a declared API, each with the distinct APIs it reaches. */
function userAudiences(model) {
    const reached = new Map();
    for (const { grant, client, api } of (0, model_index_1.resolvedGrants)(model)) {
        if (grant.subjectType !== "user")
            continue;
        let entry = reached.get(client.key);
        if (entry === undefined)
            reached.set(client.key, (entry = { client, apis: new Set() }));
        entry.apis.add(api);
    }
    return [...reached.values()].map(({ client, apis }) => ({ client, apis: [...apis] }));
}
//# sourceMappingURL=user-audiences.js.map