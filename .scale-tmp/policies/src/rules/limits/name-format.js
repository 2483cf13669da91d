"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.nameFormat = void 0;
const rule_1 = require("../../rule");
const MAX_LENGTH = 200;
function malformation(name) {
    if (name === "")
        return "is empty";
    if (name.length > MAX_LENGTH)
        return `is ${name.length} characters long (at most ${MAX_LENGTH})`;
    if (/[<>]/.test(name))
        return "contains < or >";
    return undefined;
}
exports.nameFormat = (0, rule_1.defineRule)({
    meta: {
        id: "name-format",
        severity: "error",
        description: "An API name Auth0 rejects: empty, longer than 200 characters, or containing < or >.",
        docs: "https://auth0.com/docs/api/management/v2/resource-servers/post-resource-servers",
        waivable: false,
    },
    check: (model) => model.apis.flatMap((a) => {
        // Only APIs this stack creates get their name from the design.
        const problem = a.kind === "managed" ? malformation(a.name) : undefined;
        if (problem === undefined)
            return [];
        const message = `the name of API '${a.key}' ${problem}`;
        return [{ source: a.source, path: `${a.source.path}.name`, message, hint: "use 1-200 characters without < and >" }];
    }),
});
//# sourceMappingURL=name-format.js.map