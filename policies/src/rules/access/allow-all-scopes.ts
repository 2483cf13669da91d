import { defineRule } from "../../rule";

export const allowAllScopes = defineRule({
    meta: {
        id: "allow-all-scopes",
        severity: "warning",
        description: "A grant gives every current and future scope of the API.",
        docs: "https://auth0.com/docs/get-started/applications/application-access-to-apis-client-grants",
    },
    check: (model) =>
        model.grants
            .filter((g) => g.allowAllScopes)
            .map((g) => ({
                source: g.source,
                message: `the ${g.subjectType} grant of '${g.client}' to API '${g.api}' allows all its scopes, including any added later`,
                hint: "grant the scopes the app needs by name instead of all of them",
            })),
});
