import { defineRule } from "../../rule";
import { isPublicClient } from "../model-index";

export const idTokenHs256 = defineRule({
    meta: {
        id: "id-token-hs256",
        severity: "warning",
        description:
            "A native, web or m2m client's ID tokens are signed with HS256, the client secret: whoever verifies them can forge them; " +
            "an error for native apps, which cannot keep that secret (spa apps: spa-signing-alg).",
        docs: "https://auth0.com/docs/get-started/applications/signing-algorithms",
    },
    check: (model) =>
        model.clients
            .filter((client) => client.type !== "spa" && client.idTokenSigningAlg === "HS256")
            .map((client) => ({
                source: client.source,
                ...(isPublicClient(client) ? { severity: "error" as const } : {}),
                message: isPublicClient(client)
                    ? `${client.type} app '${client.key}' gets ID tokens signed with HS256: verifying them needs the client secret, which an app on a user's device cannot keep`
                    : `${client.type} app '${client.key}' gets ID tokens signed with HS256: the key that verifies them also signs them, and rotating it means redeploying`,
                hint: "sign ID tokens with RS256 (the tenant's keys, verifiable by anyone, rotated without redeploying)",
            })),
});
