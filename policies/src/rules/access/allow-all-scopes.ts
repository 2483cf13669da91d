import { defineRule } from "../../rule";
import { byKey } from "../model-index";

export const allowAllScopes = defineRule({
    meta: {
        id: "allow-all-scopes",
        severity: "warning",
        description: "A grant gives every current and future scope of the API.",
        docs: "https://auth0.com/docs/get-started/applications/application-access-to-apis-client-grants",
    },
    check(model) {
        const apis = byKey(model.apis);
        return (
            model.grants
                // On the Management API, Auth0 refuses the grant: allow-all-scopes-system-api's finding.
                .filter((g) => g.allowAllScopes && apis.get(g.api)?.kind !== "management")
                .map((g) => ({
                    source: g.source,
                    message: `the ${g.subjectType} grant of '${g.client}' to API '${g.api}' allows all its scopes, including any added later`,
                    hint: "grant the scopes the app needs by name instead of all of them",
                }))
        );
    },
});
