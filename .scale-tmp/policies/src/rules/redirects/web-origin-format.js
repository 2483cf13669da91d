"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.webOriginFormat = void 0;
const rule_1 = require("../../rule");
const urls_1 = require("./urls");
/** What an origin entry carries beyond scheme://host[:port]. */
function extrasOf(value, url) {
    const extras = [];
    if (url.pathname !== "" && url.pathname !== "/")
        extras.push("a path");
    if (value.includes("?"))
        extras.push("a query");
    if (value.includes("#"))
        extras.push("a fragment");
    return extras;
}
exports.webOriginFormat = (0, rule_1.defineRule)({
    meta: {
        id: "web-origin-format",
        severity: "error",
        description: "A web origin or allowed origin has a path, query or fragment; an origin is only scheme://host[:port].",
        docs: "https://auth0.com/docs/get-started/applications/application-settings",
    },
    check(model) {
        const reports = [];
        for (const client of model.clients) {
            // Unparsable entries are callback-insecure's finding.
            for (const { field, value, path, url } of (0, urls_1.clientUrls)(client, urls_1.ORIGIN_FIELDS)) {
                if (url === undefined)
                    continue;
                const extras = extrasOf(value, url);
                if (extras.length === 0)
                    continue;
                reports.push({
                    source: client.source,
                    path,
                    message: `${field} entry '${value}' of app '${client.key}' has ${extras.join(" and ")}: browsers send only scheme://host[:port], so it never matches`,
                    hint: `use '${(0, urls_1.originOf)(url)}'`,
                });
            }
        }
        return reports;
    },
});
//# sourceMappingURL=web-origin-format.js.map