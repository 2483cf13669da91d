import type { Waiver } from "../../model";
import { api, caller, client, grant, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { unknownApp } from "./unknown-app";

const waiver = (target: string, index: number): Waiver => ({ rule: "callback-wildcard", target, reason: "test", source: { path: `waivers.${index}` } });

testRule(unknownApp, {
    valid: [
        {
            name: "grants of declared apps and API callers",
            model: tenant({
                apis: [api("catalog"), api("orders")],
                clients: [client("storefront", "spa"), caller("orders")],
                grants: [grant("storefront", "catalog", []), grant("orders/caller", "catalog", [], { subjectType: "client" })],
            }),
        },
    ],
    invalid: [
        {
            name: "a grant of a client the model does not have",
            model: tenant({ apis: [api("catalog")], clients: [client("storefront", "spa")], grants: [grant("shop", "catalog", [])] }),
            findings: [{ path: "apps.shop.access.catalog", severity: "error", message: "app 'shop', which is not declared" }],
        },
    ],
});

describe("unknown-app on waivers", () => {
    const model = tenant({ apis: [api("orders")], clients: [client("storefront", "spa"), caller("orders")] });

    it("reports a waiver whose target names an undeclared app, with a suggestion", () => {
        const reports = unknownApp.check({ ...model, waivers: [waiver("apps.storefornt.callbacks", 0), waiver("apps.storefront", 1)] });
        expect(reports.map((r) => [r.source.path, r.message])).toEqual([
            ["waivers.0", "the waiver's target names app 'storefornt', which is not declared (did you mean 'storefront'?)"],
        ]);
    });

    it("does not take an API caller for an app", () => {
        expect(unknownApp.check({ ...model, waivers: [waiver("apps.orders/caller", 0)] })).toHaveLength(1);
    });
});
