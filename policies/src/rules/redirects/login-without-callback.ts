import { defineRule } from "../../rule";
import { REDIRECTLESS_USER_GRANT_TYPES } from "../flows/grant-types";

export const loginWithoutCallback = defineRule({
    meta: {
        id: "login-without-callback",
        severity: "error",
        description:
            "An app calls APIs on its users' behalf but has no callback URL and no sign-in flow without one (device code, CIBA, token exchange…): " +
            "Auth0 only returns users to allowed callback URLs, so no login can complete.",
        docs: "https://auth0.com/docs/authenticate/login/redirect-users-after-login",
    },
    check(model) {
        const userClients = new Set(model.grants.filter((g) => g.subjectType === "user").map((g) => g.client));
        return model.clients
            .filter(
                (client) =>
                    client.type !== "m2m" &&
                    userClients.has(client.key) &&
                    client.callbacks.length === 0 &&
                    !client.grantTypes.some((type) => REDIRECTLESS_USER_GRANT_TYPES.includes(type)),
            )
            .map((client) => ({
                source: client.source,
                path: `${client.source.path}.callbacks`,
                message: `${client.type} app '${client.key}' gets tokens on its users' behalf but lists no callback URL: Auth0 refuses every redirect_uri, so no user can finish signing in`,
                hint: `add the URL the app receives the login response at to apps.${client.key}.callbacks (per stack with a variable, e.g. \${appOrigin}/callback)`,
            }));
    },
});
