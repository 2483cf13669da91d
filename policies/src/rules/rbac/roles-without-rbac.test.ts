import { api, managementApi, role, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { rolesWithoutRbac } from "./roles-without-rbac";

const catalog = api("catalog", { scopeValues: ["read:products", "write:products"] });
const open = api("open", { rbac: false, scopeValues: ["read:news"] });

testRule(rolesWithoutRbac, {
    valid: [
        { name: "role on an API that enforces RBAC", model: tenant({ apis: [catalog], roles: [role("merchandiser", { catalog: ["read:products"] })] }) },
        { name: "API without RBAC and no role on it", model: tenant({ apis: [open], roles: [role("merchandiser", { catalog: ["read:products"] })] }) },
        { name: "role on an undeclared API (unknown-api's finding)", model: tenant({ roles: [role("merchandiser", { ghost: ["read:x"] })] }) },
        {
            name: "role on the Management API, whose RBAC setting is Auth0's",
            model: tenant({ apis: [managementApi({ rbac: false })], roles: [role("support", { "auth0-management": ["read:users"] })] }),
        },
    ],
    invalid: [
        {
            name: "role on an API with rbac: false, one finding per API listing the scopes",
            model: tenant({
                apis: [catalog, api("news", { rbac: false, scopeValues: ["read:news", "write:news"] })],
                roles: [role("editor", { catalog: ["read:products"], news: ["read:news", "write:news"] })],
            }),
            findings: [{ path: "roles.editor.permissions.news", severity: "error", message: "read:news, write:news on API 'news'" }],
        },
        {
            name: "two roles on the same API without RBAC",
            model: tenant({ apis: [open], roles: [role("reader", { open: ["read:news"] }), role("writer", { open: ["read:news"] })] }),
            findings: [{ path: "roles.reader.permissions.open" }, { path: "roles.writer.permissions.open" }],
        },
    ],
});
