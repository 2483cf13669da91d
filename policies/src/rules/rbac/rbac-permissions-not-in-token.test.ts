import { api, managementApi, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { rbacPermissionsNotInToken } from "./rbac-permissions-not-in-token";

testRule(rbacPermissionsNotInToken, {
    valid: [
        { name: "RBAC with the permissions claim", model: tenant({ apis: [api("catalog")] }) },
        { name: "no RBAC and no permissions claim", model: tenant({ apis: [api("catalog", { rbac: false, permissionsInToken: false })] }) },
        {
            name: "external API: its token dialect is not this stack's",
            model: tenant({ apis: [api("ledger", { kind: "external", permissionsInToken: false })] }),
        },
        { name: "the Management API", model: tenant({ apis: [managementApi({ permissionsInToken: false })] }) },
    ],
    invalid: [
        {
            name: "RBAC without the permissions claim",
            model: tenant({ apis: [api("catalog", { permissionsInToken: false }), api("orders")] }),
            findings: [{ path: "apis.catalog.permissionsInToken", severity: "info", message: "no permissions claim" }],
        },
    ],
});
