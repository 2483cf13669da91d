import { defineRule } from "../../rule";
import { userAudiences } from "./user-audiences";

export const audienceSprawl = defineRule({
    meta: {
        id: "audience-sprawl",
        severity: "warning",
        description: "An app calls more APIs on the user's behalf than the tenant's maxAudiences: one token per audience adds up.",
        docs: "https://auth0.com/docs/get-started/apis/set-logical-api",
    },
    check: (model) =>
        userAudiences(model)
            .filter(({ apis }) => apis.length > model.maxAudiences)
            .map(({ client, apis }) => ({
                source: client.source,
                message:
                    `app '${client.key}' calls ${apis.length} APIs on the user's behalf (${apis.map((a) => a.key).join(", ")}), ` +
                    `more than maxAudiences (${model.maxAudiences}): it must obtain and refresh a token for each`,
                hint: "consider one logical API with namespaced scopes (for example orders:read, billing:read) for what this app calls",
            })),
});
