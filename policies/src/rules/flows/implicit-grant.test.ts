import { client, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { implicitGrant } from "./implicit-grant";

const withImplicit = (type: "spa" | "native" | "web" | "m2m", environment: "production" | "development" = "development") =>
    tenant({ environment, clients: [client("app", type, { grantTypes: ["authorization_code", "implicit"] })] });

testRule(implicitGrant, {
    valid: [{ name: "resolved defaults never enable implicit", model: tenant({ clients: [client("s", "spa"), client("w", "web"), client("n", "native")] }) }],
    invalid: [
        { name: "spa: error", model: withImplicit("spa"), findings: [{ path: "apps.app", severity: "error", message: "implicit grant" }] },
        { name: "native: error", model: withImplicit("native"), findings: [{ path: "apps.app", severity: "error" }] },
        { name: "web: warning", model: withImplicit("web"), findings: [{ path: "apps.app", severity: "warning" }] },
        { name: "web on a production stack: still a warning", model: withImplicit("web", "production"), findings: [{ path: "apps.app", severity: "warning" }] },
    ],
});
