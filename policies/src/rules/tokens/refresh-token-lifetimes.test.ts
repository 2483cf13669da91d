import { client, refreshToken, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { refreshTokenLifetimes } from "./refresh-token-lifetimes";

const withRefresh = (tokenLifetime: number, idleTokenLifetime: number, expiration: "expiring" | "non-expiring" = "expiring") =>
    tenant({ clients: [client("shop", "spa", { refreshToken: refreshToken({ tokenLifetime, idleTokenLifetime, expiration }) })] });

testRule(refreshTokenLifetimes, {
    valid: [
        { name: "the program's defaults: 15 days idle, 30 absolute", model: tenant({ clients: [client("shop", "spa", { refreshToken: refreshToken() })] }) },
        { name: "one year, idle equal to absolute", model: withRefresh(31557600, 31557600) },
        { name: "non-expiring tokens' lifetimes are not used (refresh-token-rotation's finding on public clients)", model: withRefresh(0, 99999999, "non-expiring") },
    ],
    invalid: [
        {
            name: "idle longer than absolute",
            model: withRefresh(86400, 604800),
            findings: [{ path: "apps.shop", severity: "error", message: "longer than its absolute lifetime" }],
        },
        {
            name: "beyond a year, and zero",
            model: withRefresh(31557601, 0),
            findings: [
                { path: "apps.shop", severity: "error", message: "absolute lifetime of 31557601 s" },
                { path: "apps.shop", severity: "error", message: "idle lifetime of 0 s" },
            ],
        },
    ],
});

test("refresh-token-lifetimes cannot be waived: Auth0 refuses the settings", () => {
    expect(refreshTokenLifetimes.meta.waivable).toBe(false);
});
