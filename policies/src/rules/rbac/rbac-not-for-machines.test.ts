import { api, caller, client, grant, role, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { rbacNotForMachines } from "./rbac-not-for-machines";

const catalog = api("catalog", { scopeValues: ["read:products", "write:products"] });
const sync = client("sync", "m2m");
const machineGrant = (scopes: string[]) => grant("sync", "catalog", scopes, { subjectType: "client" });

testRule(rbacNotForMachines, {
    valid: [
        {
            name: "the m2m grant itself gives the scope the role also gives",
            model: tenant({
                apis: [catalog],
                clients: [sync],
                grants: [machineGrant(["write:products"])],
                roles: [role("editor", { catalog: ["write:products"] })],
            }),
        },
        {
            name: "a user grant requests the scope: the role gives it to users",
            model: tenant({
                apis: [catalog],
                clients: [sync, client("admin", "web")],
                grants: [machineGrant(["read:products"]), grant("admin", "catalog", ["write:products"])],
                roles: [role("editor", { catalog: ["write:products"] })],
            }),
        },
        {
            name: "no machine calls the API: roles are for its users",
            model: tenant({ apis: [catalog], clients: [client("web", "web")], roles: [role("editor", { catalog: ["write:products"] })] }),
        },
        {
            name: "userAccess allow_all: users may get the scope without a declared grant",
            model: tenant({
                apis: [api("catalog", { userAccess: "allow_all", scopeValues: ["read:products", "write:products"] })],
                clients: [sync],
                grants: [machineGrant(["read:products"])],
                roles: [role("editor", { catalog: ["write:products"] })],
            }),
        },
        {
            name: "a grant allows every scope",
            model: tenant({
                apis: [catalog],
                clients: [sync],
                grants: [grant("sync", "catalog", [], { subjectType: "client", allowAllScopes: true })],
                roles: [role("editor", { catalog: ["write:products"] })],
            }),
        },
    ],
    invalid: [
        {
            name: "an m2m app calls the API and only a role gives the scope",
            model: tenant({
                apis: [catalog],
                clients: [sync],
                grants: [machineGrant(["read:products"])],
                roles: [role("editor", { catalog: ["read:products", "write:products"] })],
            }),
            findings: [{ path: "roles.editor.permissions.catalog", severity: "warning", message: /only thing giving write:products .*\(sync\)/ }],
        },
        {
            name: "an API's calls reach it through its machine client",
            model: tenant({
                apis: [catalog, api("orders")],
                clients: [caller("orders")],
                grants: [grant("orders/caller", "catalog", ["read:products"], { subjectType: "client", source: { path: "apis.orders.calls.catalog" } })],
                roles: [role("editor", { catalog: ["write:products"] })],
            }),
            findings: [{ path: "roles.editor.permissions.catalog", message: "orders/caller" }],
        },
    ],
});
