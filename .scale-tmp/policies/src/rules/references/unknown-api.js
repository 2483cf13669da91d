"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.unknownApi = void 0;
const rule_1 = require("../../rule");
const suggest_1 = require("../../suggest");
const waiver_target_1 = require("./waiver-target");
exports.unknownApi = (0, rule_1.defineRule)({
    meta: {
        id: "unknown-api",
        severity: "error",
        description: "An app's access, an API's calls, a role's permissions or a waiver names an API that is not declared.",
        docs: "https://auth0.com/docs/get-started/applications/application-access-to-apis-client-grants",
        waivable: false,
    },
    check(model) {
        const keys = new Set(model.apis.map((a) => a.key));
        const unknown = (name) => ({
            message: `API '${name}' is not declared${(0, suggest_1.didYouMean)(name, keys)}`,
            hint: "declare it under apis (with external: true if it exists outside this stack), or fix the name",
        });
        const reports = [];
        for (const grant of model.grants) {
            if (!keys.has(grant.api))
                reports.push({ source: grant.source, ...unknown(grant.api) });
        }
        for (const role of model.roles) {
            for (const api of new Set(role.permissions.map((p) => p.api))) {
                if (!keys.has(api))
                    reports.push({ source: role.source, path: `${role.source.path}.permissions.${api}`, ...unknown(api) });
            }
        }
        for (const waiver of model.waivers) {
            const api = (0, waiver_target_1.waiverTargetKey)(waiver, "apis");
            if (api !== undefined && !keys.has(api))
                reports.push({ source: waiver.source, ...unknown(api) });
        }
        return reports;
    },
});
//# sourceMappingURL=unknown-api.js.map