"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.unusedApi = void 0;
const rule_1 = require("../../rule");
const api_usage_1 = require("./api-usage");
exports.unusedApi = (0, rule_1.defineRule)({
    meta: {
        id: "unused-api",
        severity: "warning",
        description: "A managed API that no app, API or role references.",
        docs: "https://auth0.com/docs/get-started/auth0-overview/set-up-apis",
    },
    check(model) {
        const usage = (0, api_usage_1.apiUsage)(model);
        return model.apis
            .filter((a) => a.kind === "managed" && !usage.has(a.key))
            .map((a) => ({
            source: a.source,
            message: `API '${a.key}' is not referenced by any app's access, any API's calls or any role: nothing can obtain a token for it`,
            hint: `give the apps that call it access to ${a.key}, or remove the API`,
        }));
    },
});
//# sourceMappingURL=unused-api.js.map