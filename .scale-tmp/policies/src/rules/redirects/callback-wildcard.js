"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.callbackWildcard = void 0;
const rule_1 = require("../../rule");
const urls_1 = require("./urls");
/** The one wildcard form without surprises: the whole leftmost label of an http(s) host, under a registrable domain. */
function isLeftmostLabelWildcard({ value, url }) {
    if (url === undefined || !(0, urls_1.isWebUrl)(url) || value.indexOf("*") !== value.lastIndexOf("*"))
        return false;
    const labels = url.hostname.split(".");
    return labels[0] === "*" && labels.length >= 3;
}
/** Malformed wildcards and wildcards on third-party apps are errors on any stack; the rest follow the rule's levels. */
function wildcardReport(client, entry) {
    const subject = `${entry.field} entry '${entry.value}' of app '${client.key}'`;
    const report = { source: client.source, path: entry.path, hint: "list the exact URLs (or use the {organization_name} placeholder)" };
    if (!isLeftmostLabelWildcard(entry)) {
        return {
            ...report,
            severity: "error",
            message: `${subject} has a wildcard that is not one whole leftmost subdomain label of an http(s) host (https://*.example.com): Auth0 matches it unpredictably or not at all`,
        };
    }
    if (!client.firstParty) {
        return { ...report, severity: "error", message: `${subject} is a wildcard on a third-party app: subdomains you do not control would receive users' codes` };
    }
    return { ...report, message: `${subject} accepts every subdomain, including ones an attacker can take over` };
}
exports.callbackWildcard = (0, rule_1.defineRule)({
    meta: {
        id: "callback-wildcard",
        severity: "warning",
        production: "error",
        description: "A callback, logout URL or origin contains a '*' wildcard; always an error on third-party apps or outside a single leftmost subdomain label.",
        docs: "https://auth0.com/docs/get-started/applications/wildcards-for-subdomains",
    },
    check(model) {
        return model.clients.flatMap((client) => (0, urls_1.clientUrls)(client)
            .filter((entry) => entry.value.includes("*"))
            .map((entry) => wildcardReport(client, entry)));
    },
});
//# sourceMappingURL=callback-wildcard.js.map