import type { Client, Environment } from "../../model";
import { defineRule, type Report } from "../../rule";
import { clientUrls, isLoopbackHost, isWebUrl, type ClientUrl, type UrlField } from "./urls";

/** Where a native app on a desktop receives the user back: RFC 8252 §7.3 loopback redirects. */
const NATIVE_LOOPBACK_FIELDS: readonly UrlField[] = ["callbacks", "logoutUrls"];
const LOOPBACK_IP = /^(127(\.\d{1,3}){3}|\[::1\])$/;

/**
 * A native app (desktop, CLI) listening on a loopback IP literal is RFC 8252 §7.3's standard:
 * no finding. `localhost` there is RFC 8252 §8.3's "NOT RECOMMENDED" (it may resolve elsewhere):
 * a note. Anything else on a production stack hands users' codes to whatever listens locally.
 */
function loopbackReport(client: Client, { field, value, path, url }: ClientUrl, environment: Environment): Report | undefined {
    if (url === undefined || !isWebUrl(url) || !isLoopbackHost(url.hostname)) return undefined;
    const subject = `${field} entry '${value}' of app '${client.key}'`;
    if (client.type === "native" && NATIVE_LOOPBACK_FIELDS.includes(field)) {
        // The note has its own level, so the rule's "off" on development stacks must be applied here.
        if (LOOPBACK_IP.test(url.hostname) || environment !== "production") return undefined;
        return {
            source: client.source,
            path,
            severity: "info",
            message: `${subject} is a loopback redirect by name: 'localhost' can resolve to something other than this machine's loopback interface`,
            hint: `use the loopback IP literal instead (http://127.0.0.1:${url.port || "PORT"}${url.pathname}), as RFC 8252 §8.3 advises`,
        };
    }
    return {
        source: client.source,
        path,
        message: `${subject} points at this machine: on a production tenant, any local process may receive the user's codes`,
        hint: "set the URL per stack with a variable (${appOrigin}) and keep loopback URLs to development stacks (native desktop apps may keep http://127.0.0.1 callbacks)",
    };
}

export const callbackLocalhostInProduction = defineRule({
    meta: {
        id: "callback-localhost-in-production",
        severity: "off",
        production: "error",
        description:
            "A production stack lists localhost or loopback URLs among an app's callbacks, logout URLs or origins " +
            "(a native app's loopback IP redirects, RFC 8252 §7.3, excepted).",
        docs: "https://auth0.com/docs/deploy-monitor/pre-deployment-checks/production-check-required-fixes",
    },
    check: (model) => model.clients.flatMap((client) => clientUrls(client).flatMap((entry) => loopbackReport(client, entry, model.environment) ?? [])),
});
