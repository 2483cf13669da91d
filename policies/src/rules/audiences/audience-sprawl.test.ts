import { api, client, grant, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { audienceSprawl } from "./audience-sprawl";

const keys = ["a", "b", "c", "d", "e"];
const apis = keys.map((k) => api(k));
const userGrants = (app: string, n: number) => keys.slice(0, n).map((k) => grant(app, k, []));

testRule(audienceSprawl, {
    valid: [
        { name: "exactly maxAudiences APIs", model: tenant({ apis, clients: [client("shop", "spa")], grants: userGrants("shop", 4) }) },
        {
            name: "machine grants do not count",
            model: tenant({ apis, clients: [client("sync", "m2m")], grants: keys.map((k) => grant("sync", k, [], { subjectType: "client" })) }),
        },
        { name: "a raised maxAudiences", model: tenant({ maxAudiences: 5, apis, clients: [client("shop", "spa")], grants: userGrants("shop", 5) }) },
    ],
    invalid: [
        {
            name: "more than maxAudiences APIs",
            model: tenant({ apis, clients: [client("shop", "spa")], grants: userGrants("shop", 5) }),
            findings: [{ path: "apps.shop", severity: "warning", message: "5 APIs on the user's behalf (a, b, c, d, e), more than maxAudiences (4)" }],
        },
        {
            name: "maxAudiences lowered to 1",
            model: tenant({
                maxAudiences: 1,
                apis,
                clients: [client("shop", "spa"), client("admin", "web")],
                grants: [...userGrants("shop", 2), ...userGrants("admin", 1)],
            }),
            findings: [{ path: "apps.shop", message: "more than maxAudiences (1)" }],
        },
    ],
});
