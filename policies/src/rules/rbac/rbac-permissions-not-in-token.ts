import { defineRule } from "../../rule";

export const rbacPermissionsNotInToken = defineRule({
    meta: {
        id: "rbac-permissions-not-in-token",
        severity: "warning",
        description: "An API enforces RBAC but its access tokens do not carry the permissions claim.",
        docs: "https://auth0.com/docs/get-started/apis/enable-role-based-access-control-for-apis",
    },
    check: (model) =>
        model.apis
            .filter((a) => a.kind === "managed" && a.rbac && !a.permissionsInToken)
            .map((a) => ({
                source: a.source,
                path: `${a.source.path}.permissionsInToken`,
                message: `API '${a.key}' enforces RBAC but its tokens carry no permissions claim: it cannot see which permissions the user holds`,
                hint: `set permissionsInToken: true on apis.${a.key} (token dialect access_token_authz), or waive this if it reads the scope claim`,
            })),
});
