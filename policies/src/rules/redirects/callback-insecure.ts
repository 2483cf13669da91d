import { defineRule, type Report } from "../../rule";
import { clientUrls, isLoopbackHost } from "./urls";

/** Schemes that load local or inline content instead of returning to an app. */
const NON_REDIRECT_SCHEMES = new Set(["file:", "javascript:", "data:"]);

function problemOf(url: URL | undefined): string | undefined {
    if (url === undefined) return "is not a valid absolute URL";
    if (NON_REDIRECT_SCHEMES.has(url.protocol)) return `uses ${url.protocol}, which no authorization server should redirect to`;
    if (url.protocol === "http:" && !isLoopbackHost(url.hostname)) return "sends codes and tokens over plain http to a non-loopback host";
    return undefined;
}

export const callbackInsecure = defineRule({
    meta: {
        id: "callback-insecure",
        severity: "error",
        description: "A callback, logout URL or origin uses http:// to a non-loopback host, file://, or is not a URL at all.",
        docs: "https://www.rfc-editor.org/rfc/rfc6749#section-3.1.2.1",
    },
    check(model) {
        const reports: Report[] = [];
        for (const client of model.clients) {
            for (const { field, value, path, url } of clientUrls(client)) {
                const problem = problemOf(url);
                if (problem === undefined) continue;
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
