import type { Client } from "../../model";
import { defineRule, type Report } from "../../rule";
import { clientUrls, isWebUrl, type ClientUrl } from "./urls";

/** The one wildcard form without surprises: the whole leftmost label of an http(s) host, under a registrable domain. */
function isLeftmostLabelWildcard({ value, url }: ClientUrl): boolean {
    if (url === undefined || !isWebUrl(url) || value.indexOf("*") !== value.lastIndexOf("*")) return false;
    const labels = url.hostname.split(".");
    return labels[0] === "*" && labels.length >= 3;
}

/** Malformed wildcards and wildcards on third-party apps are errors on any stack; the rest follow the rule's levels. */
function wildcardReport(client: Client, entry: ClientUrl): Report {
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

export const callbackWildcard = defineRule({
    meta: {
        id: "callback-wildcard",
        severity: "warning",
        production: "error",
        description: "A callback, logout URL or origin contains a '*' wildcard; always an error on third-party apps or outside a single leftmost subdomain label.",
        docs: "https://auth0.com/docs/get-started/applications/wildcards-for-subdomains",
    },
    check(model) {
        return model.clients.flatMap((client) =>
            clientUrls(client)
                .filter((entry) => entry.value.includes("*"))
                .map((entry) => wildcardReport(client, entry)),
        );
    },
});
