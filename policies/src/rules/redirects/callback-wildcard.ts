import type { Client } from "../../model";
import { defineRule, type Report } from "../../rule";
import { markerProblem, markersOf, ORGANIZATION_PLACEHOLDER } from "./url-placeholders";
import { clientUrls, type ClientUrl } from "./urls";

const HINT = `list the exact URLs, or use the ${ORGANIZATION_PLACEHOLDER} placeholder on a domain you control`;

/**
 * Malformed wildcards and placeholders (Auth0 matches nothing with them) and wildcards on
 * third-party apps are errors on any stack; a well-formed wildcard follows the rule's levels
 * (exact redirect URI matching is RFC 9700's requirement, so production makes it an error).
 * Well-formed placeholders are what Auth0 recommends: no finding.
 */
function wildcardReport(client: Client, entry: ClientUrl): Report | undefined {
    const markers = markersOf(entry.value);
    if (markers.length === 0) return undefined;
    const subject = `${entry.field} entry '${entry.value}' of app '${client.key}'`;
    const report = { source: client.source, path: entry.path, hint: HINT };
    const problem = markerProblem(entry, markers);
    if (problem !== undefined) return { ...report, severity: "error", message: `${subject} ${problem}: Auth0 will not match it as intended` };
    if (markers[0]!.kind === "placeholder") return undefined;
    if (!client.firstParty) {
        return { ...report, severity: "error", message: `${subject} is a wildcard on a third-party app: subdomains you do not control would receive users' codes` };
    }
    return { ...report, message: `${subject} accepts every matching subdomain, including ones an attacker can take over` };
}

export const callbackWildcard = defineRule({
    meta: {
        id: "callback-wildcard",
        severity: "warning",
        production: "error",
        description:
            "A callback, logout URL or origin has a '*' wildcard (an error in production, where redirect URIs must match exactly), " +
            "or a wildcard or placeholder Auth0 cannot evaluate (always an error; so are wildcards on third-party apps).",
        docs: "https://auth0.com/docs/get-started/applications/wildcards-for-subdomains",
    },
    check: (model) => model.clients.flatMap((client) => clientUrls(client).flatMap((entry) => wildcardReport(client, entry) ?? [])),
});
