import { client, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { oidcConformant } from "./oidc-conformant";

testRule(oidcConformant, {
    valid: [{ name: "every app type OIDC conformant", model: tenant({ clients: [client("s", "spa"), client("n", "native"), client("w", "web"), client("m", "m2m")] }) }],
    invalid: [
        {
            name: "a spa: an error",
            model: tenant({ clients: [client("storefront", "spa", { oidcConformant: false })] }),
            findings: [{ path: "apps.storefront", severity: "error", message: "not OIDC conformant" }],
        },
        {
            name: "native, web and m2m apps: warnings, on production stacks too",
            model: tenant({
                environment: "production",
                clients: [client("mobile", "native", { oidcConformant: false }), client("portal", "web", { oidcConformant: false }), client("job", "m2m", { oidcConformant: false })],
            }),
            findings: [
                { path: "apps.mobile", severity: "warning" },
                { path: "apps.portal", severity: "warning", message: "web app 'portal'" },
                { path: "apps.job", severity: "warning" },
            ],
        },
    ],
});
