import { defineRule } from "../../rule";
import { managementGrants } from "./management-grants";

export const thirdPartySystemApi = defineRule({
    meta: {
        id: "third-party-system-api",
        severity: "error",
        description: "A third-party app (firstParty: false) has access to the Management API, which Auth0 never grants to third-party apps.",
        docs: "https://auth0.com/docs/get-started/applications/third-party-applications/security-controls",
        waivable: false,
    },
    check(model) {
        return managementGrants(model)
            .filter(({ client }) => !client.firstParty)
            .map(({ grant, client }) => ({
                source: grant.source,
                message: `third-party app '${client.key}' is given Management API access, which Auth0 refuses for third-party apps`,
                hint: "remove the auth0-management access, or expose what the partner needs through one of your own APIs",
            }));
    },
});
