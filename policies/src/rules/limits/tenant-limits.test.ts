import type { Plan } from "../../model";
import { api, caller, client, grant, managementApi, role, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { tenantLimits } from "./tenant-limits";

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const apis = (n: number) => range(n).map((i) => api(`api${i}`));
const apps = (n: number) => range(n).map((i) => client(`app${i}`, "m2m"));
const grants = (n: number) => range(n).map((i) => grant("app0", `api${i}`, [], { subjectType: "client" }));
const onPlan = (plan: Plan, over: Parameters<typeof tenant>[0]) => tenant({ plan, ...over });

testRule(tenantLimits, {
    valid: [
        { name: "free plan, 7 APIs (70 %)", model: onPlan("free", { apis: apis(7) }) },
        {
            name: "free plan: the Management API and external APIs are not created, so they do not count",
            model: onPlan("free", { apis: [...apis(7), managementApi(), ...range(5).map((i) => api(`ext${i}`, { kind: "external" }))] }),
        },
        { name: "self-service plan, 79 apps", model: onPlan("self-service", { clients: apps(79) }) },
        { name: "enterprise plan, 500 APIs", model: onPlan("enterprise", { apis: apis(500) }) },
        { name: "799 scopes on one API", model: tenant({ apis: [api("big", { scopeValues: range(799).map((i) => `s${i}`) })] }) },
    ],
    invalid: [
        {
            name: "free plan, 8 APIs: 80 % is a warning",
            model: onPlan("free", { apis: apis(8) }),
            findings: [{ path: "apis", severity: "warning", message: "8 APIs on the free plan, 80 % of the limit of 10" }],
        },
        {
            name: "free plan, 10 APIs: at the limit is still a warning",
            model: onPlan("free", { apis: apis(10) }),
            findings: [{ path: "apis", severity: "warning" }],
        },
        {
            name: "free plan, 11 APIs: over the limit",
            model: onPlan("free", { apis: apis(11) }),
            findings: [{ path: "apis", severity: "error", message: "11 APIs on the free plan, over the limit of 10" }],
        },
        {
            name: "free plan: api callers are applications too",
            model: onPlan("free", { clients: [...apps(9), caller("orders"), caller("catalog")] }),
            findings: [{ path: "apps", severity: "error", message: "11 applications" }],
        },
        {
            name: "free plan, 101 grants",
            model: onPlan("free", { clients: apps(1), grants: grants(101) }),
            findings: [{ path: "apps", severity: "error", message: "101 client grants" }],
        },
        {
            name: "1001 scopes on an API and 1000 permissions in a role",
            model: tenant({
                apis: [api("big", { scopeValues: range(1001).map((i) => `s${i}`) })],
                roles: [role("admin", { big: range(1000).map((i) => `s${i}`) })],
            }),
            findings: [
                { path: "apis.big.scopes", severity: "error", message: "1001 scopes on API 'big'" },
                { path: "roles.admin.permissions", severity: "warning", message: "1000 permissions in role 'admin'" },
            ],
        },
        {
            name: "1001 roles",
            model: tenant({ roles: range(1001).map((i) => role(`r${i}`, {})) }),
            findings: [{ path: "roles", severity: "error", message: "1001 roles" }],
        },
    ],
});
