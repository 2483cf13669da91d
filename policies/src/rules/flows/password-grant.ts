import { defineRule } from "../../rule";
import { PASSWORD_GRANTS } from "./grant-types";

export const passwordGrant = defineRule({
    meta: {
        id: "password-grant",
        severity: "error",
        description: "A client has the resource owner password grant, which hands the user's password to the app.",
        docs: "https://www.rfc-editor.org/rfc/rfc9700#section-2.4",
    },
    check(model) {
        return model.clients.flatMap((client) =>
            client.grantTypes
                .filter((grantType) => PASSWORD_GRANTS.includes(grantType))
                .map((grantType) => ({
                    source: client.source,
                    message: `${client.type} app '${client.key}' has the '${grantType}' grant: the app sees the user's password and MFA cannot protect it`,
                    hint: `remove '${grantType}' and sign users in with the authorization code flow (with PKCE)`,
                })),
        );
    },
});
