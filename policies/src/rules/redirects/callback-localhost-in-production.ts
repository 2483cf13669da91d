import { defineRule, type Report } from "../../rule";
import { clientUrls, isLoopbackHost, isWebUrl } from "./urls";

export const callbackLocalhostInProduction = defineRule({
    meta: {
        id: "callback-localhost-in-production",
        severity: "off",
        production: "error",
        description: "A production stack lists localhost or loopback URLs among an app's callbacks, logout URLs or origins.",
        docs: "https://auth0.com/docs/deploy-monitor/pre-deployment-checks/pre-launch-tips",
    },
    check(model) {
        const reports: Report[] = [];
        for (const client of model.clients) {
            for (const { field, value, path, url } of clientUrls(client)) {
                if (url === undefined || !isWebUrl(url) || !isLoopbackHost(url.hostname)) continue;
                reports.push({
                    source: client.source,
                    path,
                    message: `${field} entry '${value}' of app '${client.key}' points at this machine: on a production tenant, any local process may receive the user's codes`,
                    hint: "set the URL per stack with a variable (${appOrigin}) and keep loopback URLs to development stacks",
                });
            }
        }
        return reports;
    },
});
