import { defineRule, type Report } from "../../rule";
import { clientUrls, ORIGIN_FIELDS, originOf } from "./urls";

/** What an origin entry carries beyond scheme://host[:port]. */
function extrasOf(value: string, url: URL): string[] {
    const extras: string[] = [];
    if (url.pathname !== "" && url.pathname !== "/") extras.push("a path");
    if (value.includes("?")) extras.push("a query");
    if (value.includes("#")) extras.push("a fragment");
    return extras;
}

export const webOriginFormat = defineRule({
    meta: {
        id: "web-origin-format",
        severity: "error",
        description: "A web origin or allowed origin has a path, query or fragment; an origin is only scheme://host[:port].",
        docs: "https://auth0.com/docs/get-started/applications/application-settings",
    },
    check(model) {
        const reports: Report[] = [];
        for (const client of model.clients) {
            // Unparsable entries are callback-insecure's finding.
            for (const { field, value, path, url } of clientUrls(client, ORIGIN_FIELDS)) {
                if (url === undefined) continue;
                const extras = extrasOf(value, url);
                if (extras.length === 0) continue;
                reports.push({
                    source: client.source,
                    path,
                    message: `${field} entry '${value}' of app '${client.key}' has ${extras.join(" and ")}: browsers send only scheme://host[:port], so it never matches`,
                    hint: `use '${originOf(url)}'`,
                });
            }
        }
        return reports;
    },
});
