import type { Client } from "../../model";
import { defineRule, type Report } from "../../rule";
import { isPublicClient } from "../model-index";
import { ALLOWED_GRANT_TYPES, CLIENT_CREDENTIALS, IMPLICIT, PASSWORD_GRANTS, SIGN_IN_GRANT_TYPES } from "./grant-types";

/** Grant types that a more specific rule reports, so one mistake gives one finding. */
function reportedElsewhere(client: Client, grantType: string): boolean {
    if (grantType === IMPLICIT || PASSWORD_GRANTS.includes(grantType)) return true; // implicit-grant, password-grant
    if (grantType === CLIENT_CREDENTIALS && isPublicClient(client)) return true; // public-client-credentials
    return client.type === "m2m" && SIGN_IN_GRANT_TYPES.includes(grantType); // m2m-user-flow
}

export const grantTypeMatrix = defineRule({
    meta: {
        id: "grant-type-matrix",
        severity: "error",
        description: "A client has a grant type outside the set allowed for its app type.",
        docs: "https://auth0.com/docs/get-started/applications/application-grant-types",
    },
    check(model) {
        const reports: Report[] = [];
        for (const client of model.clients) {
            const allowed = ALLOWED_GRANT_TYPES[client.type];
            for (const grantType of client.grantTypes) {
                if (allowed.includes(grantType) || reportedElsewhere(client, grantType)) continue;
                reports.push({
                    source: client.source,
                    message: `${client.type} app '${client.key}' has grant type '${grantType}'; a ${client.type} app uses only ${allowed.join(", ")}`,
                    hint: `remove '${grantType}', or declare the app with the type whose flow it really uses`,
                });
            }
        }
        return reports;
    },
});
