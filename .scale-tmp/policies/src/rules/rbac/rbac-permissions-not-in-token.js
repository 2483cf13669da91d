"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.rbacPermissionsNotInToken = void 0;
const rule_1 = require("../../rule");
exports.rbacPermissionsNotInToken = (0, rule_1.defineRule)({
    meta: {
        id: "rbac-permissions-not-in-token",
        severity: "warning",
        description: "An API enforces RBAC but its access tokens do not carry the permissions claim.",
        docs: "https://auth0.com/docs/get-started/apis/enable-role-based-access-control-for-apis",
    },
    check: (model) => model.apis
        .filter((a) => a.kind === "managed" && a.rbac && !a.permissionsInToken)
        .map((a) => ({
        source: a.source,
        path: `${a.source.path}.permissionsInToken`,
        message: `API '${a.key}' enforces RBAC but its tokens carry no permissions claim: it cannot see which permissions the user holds`,
        hint: `set permissionsInToken: true on apis.${a.key} (token dialect access_token_authz), or waive this if it reads the scope claim`,
    })),
});
//# sourceMappingURL=rbac-permissions-not-in-token.js.map