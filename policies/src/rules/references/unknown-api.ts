import { pathJoin } from "../../path";
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
        // A stack that manages part of a tenant may name an API that exists there: say so, naming the audience.
        const undeclared = (name: string): Omit<Report, "source"> =>
            model.ownsTenant === false
                ? {
                      severity: "warning",
                      message: `audience '${name}' is not created by this stack${didYouMean(name, keys)}; its scopes are not checked`,
                      hint: "if the API exists in the tenant, list it in the tenant-model policy's externalApis (with its scopes); if the stack owns the whole tenant, set ownsTenant: true there",
                  }
                : unknown(name);
        const reports: Report[] = [];
        for (const grant of model.grants) {
            if (!keys.has(grant.api)) reports.push({ source: grant.source, ...undeclared(grant.api) });
        }
        for (const role of model.roles) {
            for (const api of new Set(role.permissions.map((p) => p.api))) {
                if (!keys.has(api)) reports.push({ source: role.source, path: pathJoin(role.source.path, "permissions", api), ...undeclared(api) });
            }
        }
        for (const waiver of model.waivers) {
            const api = waiverTargetKey(waiver, "apis");
            if (api !== undefined && !keys.has(api)) reports.push({ source: waiver.source, ...unknown(api) });
        }
        return reports;
    },
});
