import { client, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { spaSigningAlg } from "./spa-signing-alg";

testRule(spaSigningAlg, {
    valid: [
        { name: "spa with RS256", model: tenant({ clients: [client("storefront", "spa")] }) },
        { name: "a web app's HS256 is id-token-hs256's finding", model: tenant({ clients: [client("admin", "web", { idTokenSigningAlg: "HS256" })] }) },
        { name: "a spa that is not OIDC conformant is oidc-conformant's finding", model: tenant({ clients: [client("storefront", "spa", { oidcConformant: false })] }) },
    ],
    invalid: [
        {
            name: "spa with HS256",
            model: tenant({ clients: [client("storefront", "spa", { idTokenSigningAlg: "HS256" })] }),
            findings: [{ path: "apps.storefront", severity: "error", message: "HS256" }],
        },
        {
            name: "spa with PS256",
            model: tenant({ clients: [client("storefront", "spa", { idTokenSigningAlg: "PS256" })] }),
            findings: [{ path: "apps.storefront", severity: "error", message: "PS256" }],
        },
    ],
});
