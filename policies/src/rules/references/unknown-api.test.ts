import type { Waiver } from "../../model";
import { api, caller, client, grant, managementApi, role, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { unknownApi } from "./unknown-api";

const apis = [api("catalog", { scopeValues: ["read:products"] }), api("orders"), managementApi()];
const waiver = (target: string): Waiver => ({ rule: "user-access-allow-all", target, reason: "test", source: { path: "waivers.0" } });

testRule(unknownApi, {
    valid: [
        {
            name: "grants, calls and roles name declared APIs, the Management API included",
            model: tenant({
                apis,
                clients: [client("storefront", "spa"), caller("orders")],
                grants: [
                    grant("storefront", "catalog", ["read:products"]),
                    grant("storefront", "auth0-management", ["read:current_user"]),
                    grant("orders/caller", "catalog", [], { subjectType: "client", source: { path: "apis.orders.calls.catalog" } }),
                ],
                roles: [role("merchandiser", { catalog: ["read:products"] })],
            }),
        },
    ],
    invalid: [
        {
            name: "a misspelt API in an app's access, with a suggestion",
            model: tenant({ apis, clients: [client("storefront", "spa")], grants: [grant("storefront", "catlog", ["read:products"])] }),
            findings: [{ path: "apps.storefront.access.catlog", severity: "error", message: "API 'catlog' is not declared (did you mean 'catalog'?)" }],
        },
        {
            name: "an API's calls and a role's permissions",
            model: tenant({
                apis,
                clients: [caller("orders")],
                grants: [grant("orders/caller", "billing", [], { subjectType: "client", source: { path: "apis.orders.calls.billing" } })],
                roles: [role("clerk", { billing: ["read:invoices", "pay:invoices"], catalog: ["read:products"] })],
            }),
            findings: [
                { path: "apis.orders.calls.billing", message: /^API 'billing' is not declared$/ },
                { path: "roles.clerk.permissions.billing", message: "billing" },
            ],
        },
        {
            name: "a stack managing part of a tenant: an audience it does not create is a warning naming it",
            model: {
                ...tenant({
                    apis,
                    clients: [client("reporting", "m2m")],
                    grants: [grant("reporting", "https://billing.example.com", ["read:invoices"], { subjectType: "client" })],
                    roles: [role("auditor", { "https://billing.example.com": ["read:invoices"] })],
                }),
                ownsTenant: false,
            },
            findings: [
                { path: 'apps.reporting.machineAccess["https://billing.example.com"]', severity: "warning", message: "audience 'https://billing.example.com' is not created by this stack" },
                { path: 'roles.auditor.permissions["https://billing.example.com"]', severity: "warning", message: "audience 'https://billing.example.com'" },
            ],
        },
    ],
});

describe("unknown-api on waivers", () => {
    it("reports a waiver whose target names an undeclared API", () => {
        const reports = unknownApi.check(tenant({ apis, waivers: [waiver("apis.ordres.userAccess"), waiver("apis.catalog")] }));
        expect(reports.map((r) => [r.source.path, r.message])).toEqual([["waivers.0", "API 'ordres' is not declared (did you mean 'orders'?)"]]);
    });

    it("leaves waivers on apps to unknown-app", () => {
        expect(unknownApi.check(tenant({ apis, waivers: [waiver("apps.nothing")] }))).toEqual([]);
    });
});
