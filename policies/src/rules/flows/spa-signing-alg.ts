import { defineRule } from "../../rule";

export const spaSigningAlg = defineRule({
    meta: {
        id: "spa-signing-alg",
        severity: "error",
        description: "A spa client's ID tokens are not signed with RS256, the only algorithm a browser can verify with the tenant's public keys.",
        docs: "https://github.com/auth0/auth0-spa-js/blob/main/FAQ.md",
    },
    // OIDC conformance, for every app type, is oidc-conformant's finding.
    check: (model) =>
        model.clients
            .filter((client) => client.type === "spa" && client.idTokenSigningAlg !== "RS256")
            .map((client) => ({
                source: client.source,
                message: `spa '${client.key}' signs ID tokens with ${client.idTokenSigningAlg}: a browser can only verify RS256 with the tenant's public keys`,
                hint: "sign ID tokens with RS256, as the Auth0 SPA SDK expects",
            })),
});
