import { client, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { spaSigningAlg } from "./spa-signing-alg";

testRule(spaSigningAlg, {
    valid: [
        { name: "spa with RS256, OIDC conformant", model: tenant({ clients: [client("storefront", "spa")] }) },
        { name: "web app may sign with HS256", model: tenant({ clients: [client("admin", "web", { idTokenSigningAlg: "HS256", oidcConformant: false })] }) },
    ],
    invalid: [
        {
            name: "spa with HS256",
            model: tenant({ clients: [client("storefront", "spa", { idTokenSigningAlg: "HS256" })] }),
            findings: [{ path: "apps.storefront", severity: "error", message: "HS256" }],
        },
        {
            name: "spa not OIDC conformant",
            model: tenant({ clients: [client("storefront", "spa", { oidcConformant: false })] }),
            findings: [{ path: "apps.storefront", severity: "error", message: "not OIDC conformant" }],
        },
        {
            name: "both at once: two findings",
            model: tenant({ clients: [client("storefront", "spa", { idTokenSigningAlg: "HS256", oidcConformant: false })] }),
            findings: [
                { path: "apps.storefront", message: "HS256" },
                { path: "apps.storefront", message: "not OIDC conformant" },
            ],
        },
    ],
});
