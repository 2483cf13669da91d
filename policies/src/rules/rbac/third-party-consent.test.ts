import { client, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { thirdPartyConsent } from "./third-party-consent";

testRule(thirdPartyConsent, {
    valid: [
        {
            name: "third-party web app with authorization code and refresh tokens",
            model: tenant({ clients: [client("partner", "web", { firstParty: false, grantTypes: ["authorization_code", "refresh_token"] })] }),
        },
        { name: "third-party m2m app with client credentials", model: tenant({ clients: [client("partner-sync", "m2m", { firstParty: false })] }) },
        {
            name: "first-party app with the implicit grant (other rules' concern)",
            model: tenant({ clients: [client("legacy", "spa", { grantTypes: ["implicit"] })] }),
        },
    ],
    invalid: [
        {
            name: "third-party app with implicit and password grants",
            model: tenant({ clients: [client("partner", "spa", { firstParty: false, grantTypes: ["authorization_code", "implicit", "password"] })] }),
            findings: [{ path: "apps.partner", severity: "error", message: "grant type implicit, password" }],
        },
        {
            name: "third-party native app with the device code grant",
            model: tenant({ clients: [client("tv", "native", { firstParty: false, grantTypes: ["urn:ietf:params:oauth:grant-type:device_code"] })] }),
            findings: [{ path: "apps.tv", message: "device_code" }],
        },
    ],
});
