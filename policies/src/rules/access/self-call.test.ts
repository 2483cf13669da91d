import { api, caller, grant, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { selfCall } from "./self-call";

const callerGrant = (from: string, to: string) => grant(`${from}/caller`, to, [], { subjectType: "client", source: { path: `apis.${from}.calls.${to}` } });

testRule(selfCall, {
    valid: [
        {
            name: "an API calls another",
            model: tenant({ apis: [api("orders"), api("catalog")], clients: [caller("orders")], grants: [callerGrant("orders", "catalog")] }),
        },
    ],
    invalid: [
        {
            name: "an API calls itself",
            model: tenant({
                apis: [api("orders"), api("catalog")],
                clients: [caller("orders")],
                grants: [callerGrant("orders", "catalog"), callerGrant("orders", "orders")],
            }),
            findings: [{ path: "apis.orders.calls.orders", severity: "warning", message: "calls itself" }],
        },
    ],
});
