import { api, managementApi, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { tokenLifetimeRange } from "./token-lifetime-range";

const withLifetime = (tokenLifetime: number) => tenant({ apis: [api("catalog", { tokenLifetime })] });

testRule(tokenLifetimeRange, {
    valid: [
        { name: "the default day", model: withLifetime(86400) },
        { name: "lower bound 0", model: withLifetime(0) },
        { name: "upper bound 30 days", model: withLifetime(2592000) },
        {
            name: "external and Management APIs are not this stack's to set",
            model: tenant({ apis: [api("ledger", { kind: "external", tokenLifetime: 9999999 }), managementApi({ tokenLifetime: -1 })] }),
        },
    ],
    invalid: [
        {
            name: "one second over 30 days",
            model: withLifetime(2592001),
            findings: [{ path: "apis.catalog.tokenLifetime", severity: "error", message: "2592001" }],
        },
        { name: "negative", model: withLifetime(-1), findings: [{ path: "apis.catalog.tokenLifetime", severity: "error" }] },
        { name: "fractional seconds", model: withLifetime(3600.5), findings: [{ path: "apis.catalog.tokenLifetime", severity: "error" }] },
    ],
});

test("token-lifetime-range cannot be waived: Auth0 rejects the value", () => {
    expect(tokenLifetimeRange.meta.waivable).toBe(false);
});
