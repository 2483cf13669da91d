import { client, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { passwordGrant } from "./password-grant";

testRule(passwordGrant, {
    valid: [{ name: "authorization code only", model: tenant({ clients: [client("admin", "web")] }) }],
    invalid: [
        {
            name: "password on a web app",
            model: tenant({ clients: [client("admin", "web", { grantTypes: ["authorization_code", "password"] })] }),
            findings: [{ path: "apps.admin", severity: "error", message: "'password'" }],
        },
        {
            name: "password-realm on a native app",
            model: tenant({ clients: [client("mobile", "native", { grantTypes: ["http://auth0.com/oauth/grant-type/password-realm"] })] }),
            findings: [{ path: "apps.mobile", severity: "error", message: "password-realm" }],
        },
    ],
});
