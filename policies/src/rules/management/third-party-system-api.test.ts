import { api, client, grant, managementApi, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { thirdPartySystemApi } from "./third-party-system-api";

const mgmt = managementApi();

testRule(thirdPartySystemApi, {
    valid: [
        {
            name: "first-party app reading its user",
            model: tenant({ apis: [mgmt], clients: [client("storefront", "spa")], grants: [grant("storefront", "auth0-management", ["read:current_user"])] }),
        },
        {
            name: "third-party app on one of your own APIs",
            model: tenant({
                apis: [mgmt, api("catalog")],
                clients: [client("partner", "web", { firstParty: false })],
                grants: [grant("partner", "catalog", ["read:products"])],
            }),
        },
    ],
    invalid: [
        {
            name: "third-party app with a current-user scope",
            model: tenant({
                apis: [mgmt],
                clients: [client("partner", "spa", { firstParty: false })],
                grants: [grant("partner", "auth0-management", ["read:current_user"])],
            }),
            findings: [{ path: "apps.partner.access.auth0-management", severity: "error", message: "third-party app 'partner'" }],
        },
        {
            name: "third-party app with machine access",
            model: tenant({
                apis: [mgmt],
                clients: [client("partner", "web", { firstParty: false })],
                grants: [grant("partner", "auth0-management", ["read:users"], { subjectType: "client" })],
            }),
            findings: [{ path: "apps.partner.machineAccess.auth0-management", severity: "error" }],
        },
    ],
});

test("third-party-system-api cannot be waived: Auth0 refuses the grant", () => {
    expect(thirdPartySystemApi.meta.waivable).toBe(false);
});
