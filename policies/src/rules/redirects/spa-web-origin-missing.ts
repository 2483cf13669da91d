import type { Client } from "../../model";
import { defineRule, type Report } from "../../rule";
import { clientUrls, isWebUrl, originOf, parseUrl } from "./urls";

/** Whether a web origin (exact, or with a leftmost '*' label) admits a URL's origin. */
function admits(webOrigin: URL, url: URL): boolean {
    if (webOrigin.protocol !== url.protocol || webOrigin.port !== url.port) return false;
    const [label, ...parent] = webOrigin.hostname.split(".");
    const [urlLabel, ...urlParent] = url.hostname.split(".");
    return label === "*" && urlLabel !== "" && parent.join(".") === urlParent.join(".");
}

/** A matcher over a client's web origins: exact origins by set lookup, wildcard ones by label. */
function webOriginMatcher(client: Client): (url: URL) => boolean {
    const parsed = client.webOrigins.map(parseUrl).filter((u): u is URL => u !== undefined);
    const exact = new Set(parsed.map(originOf));
    const wildcards = parsed.filter((u) => u.hostname.startsWith("*."));
    return (url) => exact.has(originOf(url)) || wildcards.some((w) => admits(w, url));
}

export const spaWebOriginMissing = defineRule({
    meta: {
        id: "spa-web-origin-missing",
        severity: "warning",
        description: "A spa's callback origin is not among its web origins, so silent authentication (one token per API audience) fails.",
        docs: "https://auth0.com/docs/get-started/applications/set-up-cors",
    },
    check(model) {
        const reports: Report[] = [];
        for (const client of model.clients) {
            if (client.type !== "spa") continue;
            const isAllowed = webOriginMatcher(client);
            const reported = new Set<string>();
            for (const { value, path, url } of clientUrls(client, ["callbacks"])) {
                if (url === undefined || !isWebUrl(url)) continue;
                const origin = originOf(url);
                if (reported.has(origin) || isAllowed(url)) continue;
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
