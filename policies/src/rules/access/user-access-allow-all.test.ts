import { api, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { userAccessAllowAll } from "./user-access-allow-all";

testRule(userAccessAllowAll, {
    valid: [
        { name: "require_grant", model: tenant({ apis: [api("catalog")] }) },
        { name: "deny_all", model: tenant({ apis: [api("internal", { userAccess: "deny_all" })] }) },
    ],
    invalid: [
        {
            name: "allow_all",
            model: tenant({ apis: [api("catalog", { userAccess: "allow_all" }), api("orders")] }),
            findings: [{ path: "apis.catalog", severity: "warning", message: "every first-party app" }],
        },
    ],
});
