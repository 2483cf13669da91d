import { defineRule } from "../../rule";
import { isPublicClient } from "../model-index";
import { IMPLICIT } from "./grant-types";

export const implicitGrant = defineRule({
    meta: {
        id: "implicit-grant",
        severity: "warning",
        description: "A client has the implicit grant enabled (tokens in the browser URL); an error for spa and native apps.",
        docs: "https://www.rfc-editor.org/rfc/rfc9700#section-2.1.2",
    },
    check(model) {
        return model.clients
            .filter((client) => client.grantTypes.includes(IMPLICIT))
            .map((client) => ({
                source: client.source,
                message: `${client.type} app '${client.key}' has the implicit grant: tokens travel in the browser URL and leak through history and referrers`,
                hint: "remove 'implicit' (Auth0 enables it on raw clients by default) and use the authorization code flow with PKCE",
                severity: isPublicClient(client) ? ("error" as const) : undefined,
            }));
    },
});
