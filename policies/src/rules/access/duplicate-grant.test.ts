import { api, client, grant, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { duplicateGrant } from "./duplicate-grant";

const apis = [api("catalog"), api("orders")];
const clients = [client("admin", "web")];
const fromResource = (name: string) => ({ path: "apps.admin.access.catalog", urn: `urn:pulumi:dev::shop::auth0:index/clientGrant:ClientGrant::${name}` });

testRule(duplicateGrant, {
    valid: [
        {
            name: "one grant per API and subject type",
            model: tenant({
                apis,
                clients,
                grants: [grant("admin", "catalog", []), grant("admin", "catalog", [], { subjectType: "client" }), grant("admin", "orders", [])],
            }),
        },
    ],
    invalid: [
        {
            name: "two user grants of one app to one API: the second is reported, naming the first",
            model: tenant({
                apis,
                clients,
                grants: [
                    grant("admin", "catalog", ["read:products"], { source: fromResource("a") }),
                    grant("admin", "catalog", ["write:products"], { source: fromResource("b") }),
                ],
            }),
            findings: [{ path: "apps.admin.access.catalog", severity: "error", message: "ClientGrant::a" }],
        },
        {
            name: "three client grants: two duplicates",
            model: tenant({ apis, clients, grants: [1, 2, 3].map(() => grant("admin", "orders", [], { subjectType: "client" })) }),
            findings: [{ path: "apps.admin.machineAccess.orders" }, { path: "apps.admin.machineAccess.orders" }],
        },
    ],
});

it("duplicate-grant cannot be waived: Auth0 rejects the second grant", () => {
    expect(duplicateGrant.meta.waivable).toBe(false);
});
