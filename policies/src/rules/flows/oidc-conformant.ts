import { defineRule } from "../../rule";

export const oidcConformant = defineRule({
    meta: {
        id: "oidc-conformant",
        severity: "warning",
        description:
            "A client is not OIDC conformant, so Auth0's deprecated legacy authentication pipeline stays open to it; an error for spa apps, whose SDK requires it.",
        docs: "https://auth0.com/docs/authenticate/login/oidc-conformant-authentication",
    },
    check: (model) =>
        model.clients
            .filter((client) => !client.oidcConformant)
            .map((client) => ({
                source: client.source,
                ...(client.type === "spa" ? { severity: "error" as const } : {}),
                message: `${client.type} app '${client.key}' is not OIDC conformant: legacy flows and token formats Auth0 has deprecated stay available to it`,
                hint: "set oidcConformant: true on the client (Advanced Settings > OAuth > OIDC Conformant)",
            })),
});
