import { api, managementApi, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { tokenLifetimeRange } from "./token-lifetime-range";

const withLifetime = (tokenLifetime: number, tokenLifetimeForWeb?: number) =>
    tenant({ apis: [api("catalog", tokenLifetimeForWeb === undefined ? { tokenLifetime } : { tokenLifetime, tokenLifetimeForWeb })] });

testRule(tokenLifetimeRange, {
    valid: [
        { name: "the default day", model: withLifetime(86400) },
        { name: "lower bound 0", model: withLifetime(0) },
        { name: "upper bound 30 days", model: withLifetime(2592000) },
        { name: "a short lifetime: the web lifetime defaults to it, not to 7200", model: withLifetime(600) },
        { name: "web lifetime equal to the lifetime", model: withLifetime(3600, 3600) },
        { name: "web lifetime 0", model: withLifetime(3600, 0) },
        {
            name: "external and Management APIs are not this stack's to set",
            model: tenant({
                apis: [api("ledger", { kind: "external", tokenLifetime: 9999999, tokenLifetimeForWeb: 99999999 }), managementApi({ tokenLifetime: -1 })],
            }),
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
        {
            name: "Auth0's default web lifetime 7200 above a 600 s lifetime",
            model: withLifetime(600, 7200),
            findings: [{ path: "apis.catalog.tokenLifetimeForWeb", severity: "error", message: "web token lifetime 7200" }],
        },
        { name: "web lifetime one second over", model: withLifetime(3600, 3601), findings: [{ path: "apis.catalog.tokenLifetimeForWeb" }] },
        { name: "negative web lifetime", model: withLifetime(3600, -1), findings: [{ path: "apis.catalog.tokenLifetimeForWeb" }] },
    ],
});

test("token-lifetime-range cannot be waived: Auth0 rejects the value", () => {
    expect(tokenLifetimeRange.meta.waivable).toBe(false);
});
