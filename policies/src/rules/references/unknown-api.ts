import { defineRule, type Report } from "../../rule";
import { didYouMean } from "../../suggest";
import { waiverTargetKey } from "./waiver-target";

export const unknownApi = defineRule({
    meta: {
        id: "unknown-api",
        severity: "error",
        description: "An app's access, an API's calls, a role's permissions or a waiver names an API that is not declared.",
        docs: "https://auth0.com/docs/get-started/applications/application-access-to-apis-client-grants",
        waivable: false,
    },
    check(model) {
        const keys = new Set(model.apis.map((a) => a.key));
        const unknown = (name: string): Omit<Report, "source"> => ({
            message: `API '${name}' is not declared${didYouMean(name, keys)}`,
            hint: "declare it under apis (with external: true if it exists outside this stack), or fix the name",
        });
        const reports: Report[] = [];
        for (const grant of model.grants) {
            if (!keys.has(grant.api)) reports.push({ source: grant.source, ...unknown(grant.api) });
        }
        for (const role of model.roles) {
            for (const api of new Set(role.permissions.map((p) => p.api))) {
                if (!keys.has(api)) reports.push({ source: role.source, path: `${role.source.path}.permissions.${api}`, ...unknown(api) });
            }
        }
        for (const waiver of model.waivers) {
            const api = waiverTargetKey(waiver, "apis");
            if (api !== undefined && !keys.has(api)) reports.push({ source: waiver.source, ...unknown(api) });
        }
        return reports;
    },
});
