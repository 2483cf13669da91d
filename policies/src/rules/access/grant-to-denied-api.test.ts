import { api, client, grant, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { grantToDeniedApi } from "./grant-to-denied-api";

const machinesOnly = api("inventory", { userAccess: "deny_all" });
const usersOnly = api("profile", { clientAccess: "deny_all" });
const clients = [client("storefront", "spa"), client("sync", "m2m")];

testRule(grantToDeniedApi, {
    valid: [
        {
            name: "each subject type reaches the API that admits it",
            model: tenant({
                apis: [machinesOnly, usersOnly],
                clients,
                grants: [grant("sync", "inventory", [], { subjectType: "client" }), grant("storefront", "profile", [])],
            }),
        },
        { name: "grant to an undeclared API (unknown-api's finding)", model: tenant({ clients, grants: [grant("storefront", "ghost", [])] }) },
    ],
    invalid: [
        {
            name: "user grant to an API that denies user tokens",
            model: tenant({ apis: [machinesOnly], clients, grants: [grant("storefront", "inventory", ["read:stock"])] }),
            findings: [{ path: "apps.storefront.access.inventory", severity: "warning", message: "userAccess is deny_all" }],
        },
        {
            name: "client grant to an API that denies client-credentials tokens",
            model: tenant({
                apis: [usersOnly],
                clients,
                grants: [grant("sync", "profile", [], { subjectType: "client", source: { path: "apps.sync.access.profile" } })],
            }),
            findings: [{ path: "apps.sync.access.profile", message: "clientAccess is deny_all" }],
        },
    ],
});
