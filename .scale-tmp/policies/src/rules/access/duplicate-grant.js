"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.duplicateGrant = void 0;
const rule_1 = require("../../rule");
const group_by_1 = require("../group-by");
/** Where a source is, for telling the user which earlier element a duplicate repeats. */
function located(source) {
    return source.urn ?? (source.line !== undefined ? `${source.path} (line ${source.line})` : source.path);
}
exports.duplicateGrant = (0, rule_1.defineRule)({
    meta: {
        id: "duplicate-grant",
        severity: "error",
        description: "Two grants for the same application, API and subject type (Auth0 answers 409 Conflict).",
        docs: "https://auth0.com/docs/get-started/applications/application-access-to-apis-client-grants",
        waivable: false,
    },
    check: (model) => [...(0, group_by_1.groupBy)(model.grants, (g) => `${g.client}\n${g.api}\n${g.subjectType}`).values()].flatMap(([first, ...repeats]) => repeats.map((g) => ({
        source: g.source,
        message: `another ${g.subjectType} grant of '${g.client}' to API '${g.api}' (the first is ${located(first.source)}): ` +
            "Auth0 allows one per app, API and subject type",
        hint: "merge the scopes into one grant and remove the other",
    }))),
});
//# sourceMappingURL=duplicate-grant.js.map