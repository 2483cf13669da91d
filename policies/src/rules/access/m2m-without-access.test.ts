import { api, caller, client, grant, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { m2mWithoutAccess } from "./m2m-without-access";

testRule(m2mWithoutAccess, {
    valid: [
        {
            name: "m2m app with a client grant",
            model: tenant({ apis: [api("catalog")], clients: [client("sync", "m2m")], grants: [grant("sync", "catalog", [], { subjectType: "client" })] }),
        },
        { name: "web app without grants (not a machine client)", model: tenant({ clients: [client("site", "web")] }) },
        {
            name: "a grant to an undeclared API still counts (unknown-api reports it)",
            model: tenant({ clients: [client("sync", "m2m")], grants: [grant("sync", "ghost", [], { subjectType: "client" })] }),
        },
    ],
    invalid: [
        {
            name: "m2m app without grants",
            model: tenant({ clients: [client("sync", "m2m"), client("site", "web")] }),
            findings: [{ path: "apps.sync", severity: "warning", message: "has no client grant" }],
        },
        {
            name: "a user grant gives an m2m app no client-credentials access",
            model: tenant({ apis: [api("catalog")], clients: [client("sync", "m2m")], grants: [grant("sync", "catalog", [])] }),
            findings: [{ path: "apps.sync" }],
        },
        {
            name: "an API's caller client without grants",
            model: tenant({ apis: [api("orders")], clients: [caller("orders")] }),
            findings: [{ path: "apis.orders.calls" }],
        },
    ],
});
