import { defineRule } from "../../rule";
import { CLIENT_CREDENTIALS } from "../flows/grant-types";
import { isPublicClient, resolvedGrants } from "../model-index";

export const grantWithoutClientCredentials = defineRule({
    meta: {
        id: "grant-without-client-credentials",
        severity: "warning",
        description:
            "A client grant (machine access) for a client whose grant types lack client_credentials: Auth0 refuses its token requests (unauthorized_client), so the grant is dead.",
        docs: "https://auth0.com/docs/get-started/applications/application-access-to-apis-client-grants",
    },
    // A spa or native app with machine access is public-client-credentials' finding.
    check: (model) =>
        resolvedGrants(model)
            .filter(({ grant, client }) => grant.subjectType === "client" && !isPublicClient(client) && !client.grantTypes.includes(CLIENT_CREDENTIALS))
            .map(({ grant, client, api }) => ({
                source: grant.source,
                message: `client '${client.key}' has a client grant to API '${api.key}' but not the client_credentials grant type: it can never get that token`,
                hint: `add client_credentials to the grant types of '${client.key}', or remove the grant`,
            })),
});
