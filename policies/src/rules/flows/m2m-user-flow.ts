import { defineRule, type Report } from "../../rule";
import { resolvedGrants } from "../model-index";
import { URL_FIELDS } from "../redirects/urls";
import { SIGN_IN_GRANT_TYPES } from "./grant-types";

const HINT = "an m2m app only uses client credentials: split the user-facing part into a spa, native or web app";

export const m2mUserFlow = defineRule({
    meta: {
        id: "m2m-user-flow",
        severity: "error",
        description: "An m2m app declares callbacks, logout URLs or origins, user access, or a sign-in grant type: no user ever signs in to it.",
        docs: "https://auth0.com/docs/get-started/applications/application-grant-types",
    },
    check(model) {
        const reports: Report[] = [];
        for (const client of model.clients) {
            if (client.type !== "m2m") continue;
            for (const field of URL_FIELDS) {
                if (client[field].length === 0) continue;
                reports.push({
                    source: client.source,
                    path: `${client.source.path}.${field}`,
                    message: `m2m app '${client.key}' declares ${field}, but no user signs in to a machine client`,
                    hint: HINT,
                });
            }
            for (const grantType of client.grantTypes) {
                if (!SIGN_IN_GRANT_TYPES.includes(grantType)) continue;
                reports.push({ source: client.source, message: `m2m app '${client.key}' has the user sign-in grant type '${grantType}'`, hint: HINT });
            }
        }
        for (const { grant, client, api } of resolvedGrants(model)) {
            if (client.type !== "m2m" || grant.subjectType !== "user") continue;
            reports.push({
                source: grant.source,
                message: `m2m app '${client.key}' has user access to '${api.key}', but it never acts for a user`,
                hint: HINT,
            });
        }
        return reports;
    },
});
