import { client, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { idTokenHs256 } from "./id-token-hs256";

testRule(idTokenHs256, {
    valid: [
        { name: "RS256 and PS256", model: tenant({ clients: [client("w", "web"), client("n", "native", { idTokenSigningAlg: "PS256" })] }) },
        { name: "a spa's HS256 is spa-signing-alg's finding", model: tenant({ clients: [client("storefront", "spa", { idTokenSigningAlg: "HS256" })] }) },
    ],
    invalid: [
        {
            name: "a native app cannot keep the secret that verifies HS256",
            model: tenant({ clients: [client("mobile", "native", { idTokenSigningAlg: "HS256" })] }),
            findings: [{ path: "apps.mobile", severity: "error", message: "cannot keep" }],
        },
        {
            name: "web and m2m apps: warnings",
            model: tenant({ clients: [client("portal", "web", { idTokenSigningAlg: "HS256" }), client("job", "m2m", { idTokenSigningAlg: "HS256" })] }),
            findings: [
                { path: "apps.portal", severity: "warning", message: "signs them" },
                { path: "apps.job", severity: "warning" },
            ],
        },
    ],
});
