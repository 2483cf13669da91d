import { defineRule, type Report } from "../../rule";
import { isPublicClient, resolvedGrants } from "../model-index";
import { CLIENT_CREDENTIALS } from "./grant-types";

const HINT = "move the machine access to a backend (a web app's machineAccess, an API's calls, or an m2m app)";

export const publicClientCredentials = defineRule({
    meta: {
        id: "public-client-credentials",
        severity: "error",
        description: "A spa or native app is given machine (client-credentials) access, which needs a secret it cannot keep.",
        docs: "https://auth0.com/docs/get-started/applications/application-grant-types",
    },
    check(model) {
        const reports: Report[] = [];
        for (const client of model.clients) {
            if (!isPublicClient(client) || !client.grantTypes.includes(CLIENT_CREDENTIALS)) continue;
            reports.push({
                source: client.source,
                message: `${client.type} app '${client.key}' has the client_credentials grant type, but its secret would ship to every user`,
                hint: HINT,
            });
        }
        for (const { grant, client, api } of resolvedGrants(model)) {
            if (!isPublicClient(client) || grant.subjectType !== "client") continue;
            reports.push({
                source: grant.source,
                message: `${client.type} app '${client.key}' is given machine access to '${api.key}', but it cannot keep a client secret`,
                hint: HINT,
            });
        }
        return reports;
    },
});
