import { defineRule } from "../../rule";
import { isPublicClient } from "../model-index";

export const publicClientAuthMethod = defineRule({
    meta: {
        id: "public-client-auth-method",
        severity: "error",
        description: "A spa or native client authenticates at the token endpoint with a credential instead of 'none'.",
        docs: "https://auth0.com/docs/secure/application-credentials",
    },
    check(model) {
        return model.clients
            .filter((client) => isPublicClient(client) && client.authMethod !== "none")
            .map((client) => ({
                // In a stack the method is an input of the ClientCredentials resource: the fix goes there.
                source: client.authMethodSource ?? client.source,
                message: `${client.type} app '${client.key}' authenticates with '${client.authMethod}', but a credential in a browser or device is public`,
                hint: "set the token endpoint authentication method to 'none' and rely on PKCE",
            }));
    },
});
