"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.callbackInsecure = void 0;
const rule_1 = require("../../rule");
const urls_1 = require("./urls");
/** Schemes that load local or inline content instead of returning to an app. */
const NON_REDIRECT_SCHEMES = new Set(["file:", "javascript:", "data:"]);
function problemOf(url) {
    if (url === undefined)
        return "is not a valid absolute URL";
    if (NON_REDIRECT_SCHEMES.has(url.protocol))
        return `uses ${url.protocol}, which no authorization server should redirect to`;
    if (url.protocol === "http:" && !(0, urls_1.isLoopbackHost)(url.hostname))
        return "sends codes and tokens over plain http to a non-loopback host";
    return undefined;
}
exports.callbackInsecure = (0, rule_1.defineRule)({
    meta: {
        id: "callback-insecure",
        severity: "error",
        description: "A callback, logout URL or origin uses http:// to a non-loopback host, file://, or is not a URL at all.",
        docs: "https://www.rfc-editor.org/rfc/rfc6749#section-3.1.2.1",
    },
    check(model) {
        const reports = [];
        for (const client of model.clients) {
            for (const { field, value, path, url } of (0, urls_1.clientUrls)(client)) {
                const problem = problemOf(url);
                if (problem === undefined)
                    continue;
                reports.push({
                    source: client.source,
                    path,
                    message: `${field} entry '${value}' of app '${client.key}' ${problem}`,
                    hint: "use an https URL (http only for localhost, 127.0.0.1 or [::1]; a custom scheme such as com.example.app://callback for native apps)",
                });
            }
        }
        return reports;
    },
});
//# sourceMappingURL=callback-insecure.js.map