import { managementApi, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { managementApiUserAccess } from "./management-api-user-access";

testRule(managementApiUserAccess, {
    valid: [
        { name: "per-app authorization", model: tenant({ apis: [managementApi({ userAccess: "require_grant" })] }) },
        { name: "no app allowed", model: tenant({ apis: [managementApi({ userAccess: "deny_all" })] }) },
    ],
    invalid: [
        {
            name: "Auth0's default: every app allowed",
            model: tenant({ apis: [managementApi()] }),
            findings: [{ path: "tenant.managementApi.userAccess", severity: "warning", message: "update:current_user_identities" }],
        },
        {
            name: "a warning on production stacks too",
            model: tenant({ environment: "production", apis: [managementApi({ userAccess: "allow_all" })] }),
            findings: [{ path: "tenant.managementApi.userAccess", severity: "warning" }],
        },
    ],
});
