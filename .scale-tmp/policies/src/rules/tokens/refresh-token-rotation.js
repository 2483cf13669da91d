"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.refreshTokenRotation = void 0;
const rule_1 = require("../../rule");
const model_index_1 = require("../model-index");
function faultsOf(settings) {
    const faults = [];
    if (settings.rotation !== "rotating")
        faults.push("do not rotate");
    if (settings.expiration !== "expiring")
        faults.push("never expire");
    return faults;
}
exports.refreshTokenRotation = (0, rule_1.defineRule)({
    meta: {
        id: "refresh-token-rotation",
        severity: "error",
        description: "A spa or native app uses refresh tokens that do not rotate or never expire.",
        docs: "https://auth0.com/docs/secure/tokens/refresh-tokens/refresh-token-rotation",
    },
    check(model) {
        const reports = [];
        for (const client of model.clients) {
            if (!(0, model_index_1.isPublicClient)(client) || client.refreshToken === null)
                continue;
            const faults = faultsOf(client.refreshToken);
            if (faults.length === 0)
                continue;
            reports.push({
                source: client.source,
                message: `${client.type} app '${client.key}' keeps refresh tokens that ${faults.join(" and ")}: one stolen from the device works until someone notices`,
                hint: "use rotating, expiring refresh tokens (reuse detection revokes a stolen one)",
            });
        }
        return reports;
    },
});
//# sourceMappingURL=refresh-token-rotation.js.map