"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.callbackLocalhostInProduction = void 0;
const rule_1 = require("../../rule");
const urls_1 = require("./urls");
exports.callbackLocalhostInProduction = (0, rule_1.defineRule)({
    meta: {
        id: "callback-localhost-in-production",
        severity: "off",
        production: "error",
        description: "A production stack lists localhost or loopback URLs among an app's callbacks, logout URLs or origins.",
        docs: "https://auth0.com/docs/deploy-monitor/pre-deployment-checks/pre-launch-tips",
    },
    check(model) {
        const reports = [];
        for (const client of model.clients) {
            for (const { field, value, path, url } of (0, urls_1.clientUrls)(client)) {
                if (url === undefined || !(0, urls_1.isWebUrl)(url) || !(0, urls_1.isLoopbackHost)(url.hostname))
                    continue;
                reports.push({
                    source: client.source,
                    path,
                    message: `${field} entry '${value}' of app '${client.key}' points at this machine: on a production tenant, any local process may receive the user's codes`,
                    hint: "set the URL per stack with a variable (${appOrigin}) and keep loopback URLs to development stacks",
                });
            }
        }
        return reports;
    },
});
//# sourceMappingURL=callback-localhost-in-production.js.map