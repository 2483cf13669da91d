import { defineRule } from "../../rule";

export const rbacPermissionsNotInToken = defineRule({
    meta: {
        id: "rbac-permissions-not-in-token",
        severity: "info",
        description:
            "An API enforces RBAC without the permissions claim: its tokens' scope claim already holds the requested scopes the user " +
            "is assigned, so this matters only to an API that needs every assigned permission without asking for it.",
        docs: "https://auth0.com/docs/get-started/apis/enable-role-based-access-control-for-apis",
    },
    check: (model) =>
        model.apis
            .filter((a) => a.kind === "managed" && a.rbac && !a.permissionsInToken)
            .map((a) => ({
                source: a.source,
                path: `${a.source.path}.permissionsInToken`,
                message:
                    `API '${a.key}' enforces RBAC and its tokens carry no permissions claim: the scope claim holds what the app requested ` +
                    "and the user's roles allow, which is enough for an API that checks scope",
                hint: `set permissionsInToken: true on apis.${a.key} (token dialect access_token_authz) only if the API must see every permission the user holds`,
            })),
});
