import { client, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { publicClientAuthMethod } from "./public-client-auth-method";

testRule(publicClientAuthMethod, {
    valid: [
        { name: "spa and native with 'none'", model: tenant({ clients: [client("s", "spa"), client("n", "native")] }) },
        { name: "web app with a secret", model: tenant({ clients: [client("w", "web", { authMethod: "client_secret_basic" })] }) },
    ],
    invalid: [
        {
            name: "spa posting a secret",
            model: tenant({ clients: [client("storefront", "spa", { authMethod: "client_secret_post" })] }),
            findings: [{ path: "apps.storefront", severity: "error", message: "'client_secret_post'" }],
        },
        {
            name: "native app with a private key",
            model: tenant({ clients: [client("mobile", "native", { authMethod: "private_key_jwt" })] }),
            findings: [{ path: "apps.mobile", severity: "error", message: "'private_key_jwt'" }],
        },
        {
            name: "spa in a stack, reported where its method is set",
            model: tenant({
                clients: [client("storefront", "spa", { authMethod: "client_secret_post", authMethodSource: { path: "apps.storefront", urn: "urn:pulumi:dev::p::auth0:index/clientCredentials:ClientCredentials::storefront" } })],
            }),
            findings: [{ path: "apps.storefront", severity: "error", message: "'client_secret_post'", urn: "urn:pulumi:dev::p::auth0:index/clientCredentials:ClientCredentials::storefront" }],
        },
    ],
});
