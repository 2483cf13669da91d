import { defineRule } from "../../rule";
import { managementGrants } from "./management-grants";

export const allowAllScopesSystemApi = defineRule({
    meta: {
        id: "allow-all-scopes-system-api",
        severity: "error",
        description: "A grant on the Management API allows all scopes, which Auth0 refuses for system APIs (400 Bad Request).",
        // Auth0's answer to such a grant, as users of @pulumi/auth0 met it: "`allow_all_scopes` cannot be provided when `audience` is a system API".
        docs: "https://github.com/pulumi/pulumi-auth0/issues/1069",
        waivable: false,
    },
    check: (model) =>
        managementGrants(model)
            .filter(({ grant }) => grant.allowAllScopes)
            .map(({ grant, client }) => ({
                source: grant.source,
                message: `the ${grant.subjectType} grant of '${client.key}' to the Management API allows all scopes: Auth0 refuses allow_all_scopes on a system API`,
                hint: "list the Management API scopes the app needs by name",
            })),
});
