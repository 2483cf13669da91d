"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.unknownApp = void 0;
const rule_1 = require("../../rule");
const suggest_1 = require("../../suggest");
const waiver_target_1 = require("./waiver-target");
exports.unknownApp = (0, rule_1.defineRule)({
    meta: {
        id: "unknown-app",
        severity: "error",
        description: "A waiver or a grant names an app that is not declared.",
        docs: "https://auth0.com/docs/get-started/applications/application-access-to-apis-client-grants",
        waivable: false,
    },
    check(model) {
        const apps = new Set(model.clients.filter((c) => c.purpose === "app").map((c) => c.key));
        const clients = new Set(model.clients.map((c) => c.key));
        const reports = [];
        for (const waiver of model.waivers) {
            const app = (0, waiver_target_1.waiverTargetKey)(waiver, "apps");
            if (app !== undefined && !apps.has(app)) {
                reports.push({
                    source: waiver.source,
                    message: `the waiver's target names app '${app}', which is not declared${(0, suggest_1.didYouMean)(app, apps)}`,
                    hint: "fix the target, or remove the waiver",
                });
            }
        }
        for (const grant of model.grants) {
            if (!clients.has(grant.client)) {
                reports.push({
                    source: grant.source,
                    message: `a grant to API '${grant.api}' belongs to app '${grant.client}', which is not declared`,
                    hint: "declare the app, or remove the grant",
                });
            }
        }
        return reports;
    },
});
//# sourceMappingURL=unknown-app.js.map