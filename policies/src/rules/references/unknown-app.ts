import { defineRule, type Report } from "../../rule";
import { didYouMean } from "../../suggest";
import { waiverTargetKey } from "./waiver-target";

export const unknownApp = defineRule({
    meta: {
        id: "unknown-app",
        severity: "error",
        description: "A waiver or a grant names an app that is not declared.",
        docs: "https://auth0.com/docs/get-started/applications/application-access-to-apis-client-grants",
        waivable: false,
    },
    check(model) {
        const apps = new Set(model.clients.filter((c) => c.purpose === "app").map((c) => c.key));
        const clients = new Set(model.clients.map((c) => c.key));
        const reports: Report[] = [];
        for (const waiver of model.waivers) {
            const app = waiverTargetKey(waiver, "apps");
            if (app !== undefined && !apps.has(app)) {
                reports.push({
                    source: waiver.source,
                    message: `the waiver's target names app '${app}', which is not declared${didYouMean(app, apps)}`,
                    hint: "fix the target, or remove the waiver",
                });
            }
        }
        for (const grant of model.grants) {
            if (!clients.has(grant.client)) {
                reports.push({
                    source: grant.source,
                    message: `a grant to API '${grant.api}' belongs to app '${grant.client}', which is not declared`,
                    hint: "declare the app, or remove the grant",
                });
            }
        }
        return reports;
    },
});
