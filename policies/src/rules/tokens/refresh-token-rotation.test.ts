import { client, refreshToken, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { refreshTokenRotation } from "./refresh-token-rotation";

testRule(refreshTokenRotation, {
    valid: [
        { name: "spa with rotating, expiring refresh tokens", model: tenant({ clients: [client("storefront", "spa", { refreshToken: refreshToken() })] }) },
        { name: "spa without refresh tokens", model: tenant({ clients: [client("storefront", "spa")] }) },
        {
            name: "a web app keeps its refresh tokens on the server",
            model: tenant({ clients: [client("admin", "web", { refreshToken: refreshToken({ rotation: "non-rotating", expiration: "non-expiring" }) })] }),
        },
    ],
    invalid: [
        {
            name: "spa with non-rotating tokens",
            model: tenant({ clients: [client("storefront", "spa", { refreshToken: refreshToken({ rotation: "non-rotating" }) })] }),
            findings: [{ path: "apps.storefront", severity: "error", message: "do not rotate:" }],
        },
        {
            name: "native app with tokens that rotate but never expire",
            model: tenant({ clients: [client("mobile", "native", { refreshToken: refreshToken({ expiration: "non-expiring" }) })] }),
            findings: [{ path: "apps.mobile", severity: "error", message: "never expire" }],
        },
        {
            name: "both faults in one finding",
            model: tenant({ clients: [client("mobile", "native", { refreshToken: refreshToken({ rotation: "non-rotating", expiration: "non-expiring" }) })] }),
            findings: [{ path: "apps.mobile", message: "do not rotate and never expire" }],
        },
    ],
});
