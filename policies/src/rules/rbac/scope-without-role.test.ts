import { api, client, grant, managementApi, role, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { scopeWithoutRole } from "./scope-without-role";

const orders = api("orders", { scopeValues: ["read:orders", "refund:orders"] });
const shop = client("shop", "spa");

testRule(scopeWithoutRole, {
    valid: [
        {
            name: "every requested scope is held by a role",
            model: tenant({ apis: [orders], clients: [shop], grants: [grant("shop", "orders", ["read:orders"])], roles: [role("buyer", { orders: ["read:orders"] })] }),
        },
        {
            name: "an API without RBAC gives what the app requests",
            model: tenant({ apis: [api("orders", { rbac: false })], clients: [shop], grants: [grant("shop", "orders", ["read:orders"])] }),
        },
        {
            name: "machine access is not filtered by roles (rbac-not-for-machines' business)",
            model: tenant({ apis: [orders], clients: [client("job", "m2m")], grants: [grant("job", "orders", ["refund:orders"], { subjectType: "client" })] }),
        },
        {
            name: "external APIs and the Management API are left out",
            model: tenant({
                apis: [api("ledger", { kind: "external" }), managementApi()],
                clients: [shop],
                grants: [grant("shop", "ledger", ["read:ledger"]), grant("shop", "auth0-management", ["read:current_user"])],
            }),
        },
    ],
    invalid: [
        {
            name: "a scope no role grants, next to one a role grants",
            model: tenant({
                apis: [orders],
                clients: [shop],
                grants: [grant("shop", "orders", ["read:orders", "refund:orders"])],
                roles: [role("buyer", { orders: ["read:orders"] }), role("clerk", { other: ["refund:orders"] })],
            }),
            findings: [{ path: "apps.shop.access.orders.1", severity: "warning", message: "no role grants it" }],
        },
        {
            name: "no roles at all: nothing reaches a user's token",
            model: tenant({ apis: [orders], clients: [client("portal", "web")], grants: [grant("portal", "orders", ["read:orders"])] }),
            findings: [{ path: "apps.portal.access.orders.0", severity: "warning" }],
        },
        {
            name: "a stack that manages part of the tenant: its roles may be another's, so only info",
            model: { ...tenant({ apis: [orders], clients: [shop], grants: [grant("shop", "orders", ["refund:orders"])] }), ownsTenant: false },
            findings: [{ path: "apps.shop.access.orders.0", severity: "info", message: "unless a role managed elsewhere does" }],
        },
    ],
});
