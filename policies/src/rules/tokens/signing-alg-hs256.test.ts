import { api, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { signingAlgHs256 } from "./signing-alg-hs256";

testRule(signingAlgHs256, {
    valid: [
        { name: "RS256 and PS256", model: tenant({ apis: [api("catalog"), api("orders", { signingAlg: "PS256" })] }) },
        { name: "an external API's algorithm is not ours to choose", model: tenant({ apis: [api("ledger", { kind: "external", signingAlg: "HS256" })] }) },
    ],
    invalid: [
        {
            name: "HS256",
            model: tenant({ apis: [api("catalog", { signingAlg: "HS256" })] }),
            findings: [{ path: "apis.catalog.signingAlg", severity: "warning", message: "HS256" }],
        },
        {
            name: "production does not escalate",
            model: tenant({ environment: "production", apis: [api("catalog", { signingAlg: "HS256" })] }),
            findings: [{ path: "apis.catalog.signingAlg", severity: "warning" }],
        },
    ],
});
