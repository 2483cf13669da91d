"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.spaWebOriginMissing = void 0;
const rule_1 = require("../../rule");
const urls_1 = require("./urls");
/** Whether a web origin (exact, or with a leftmost '*' label) admits a URL's origin. */
function admits(webOrigin, url) {
    if (webOrigin.protocol !== url.protocol || webOrigin.port !== url.port)
        return false;
    const [label, ...parent] = webOrigin.hostname.split(".");
    const [urlLabel, ...urlParent] = url.hostname.split(".");
    return label === "*" && urlLabel !== "" && parent.join(".") === urlParent.join(".");
}
/** A matcher over a client's web origins: exact origins by set lookup, wildcard ones by label. */
function webOriginMatcher(client) {
    const parsed = client.webOrigins.map(urls_1.parseUrl).filter((u) => u !== undefined);
    const exact = new Set(parsed.map(urls_1.originOf));
    const wildcards = parsed.filter((u) => u.hostname.startsWith("*."));
    return (url) => exact.has((0, urls_1.originOf)(url)) || wildcards.some((w) => admits(w, url));
}
exports.spaWebOriginMissing = (0, rule_1.defineRule)({
    meta: {
        id: "spa-web-origin-missing",
        severity: "warning",
        description: "A spa's callback origin is not among its web origins, so silent authentication (one token per API audience) fails.",
        docs: "https://auth0.com/docs/get-started/applications/set-up-cors",
    },
    check(model) {
        const reports = [];
        for (const client of model.clients) {
            if (client.type !== "spa")
                continue;
            const isAllowed = webOriginMatcher(client);
            const reported = new Set();
            for (const { value, path, url } of (0, urls_1.clientUrls)(client, ["callbacks"])) {
                if (url === undefined || !(0, urls_1.isWebUrl)(url))
                    continue;
                const origin = (0, urls_1.originOf)(url);
                if (reported.has(origin) || isAllowed(url))
                    continue;
                reported.add(origin);
                reports.push({
                    source: client.source,
                    path,
                    message: `spa '${client.key}' returns to '${value}' but ${origin} is not among its web origins: silent authentication, which fetches one token per API audience, fails there`,
                    hint: `add '${origin}' to webOrigins`,
                });
            }
        }
        return reports;
    },
});
//# sourceMappingURL=spa-web-origin-missing.js.map