import { api, client, grant, managementApi, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { firstPartyConsentRequired } from "./first-party-consent-required";

const consenting = api("catalog", { skipConsentForFirstParty: false });

testRule(firstPartyConsentRequired, {
    valid: [
        {
            name: "a tenant whose Management API skips consent for first-party apps",
            model: tenant({
                apis: [managementApi({ skipConsentForFirstParty: true })],
                clients: [client("storefront", "spa")],
                grants: [grant("storefront", "auth0-management", ["read:current_user"])],
            }),
        },
        {
            name: "first-party SPA, API skips consent",
            model: tenant({ apis: [api("catalog")], clients: [client("storefront", "spa")], grants: [grant("storefront", "catalog", [])] }),
        },
        {
            name: "web app: it can show the consent page",
            model: tenant({ apis: [consenting], clients: [client("admin", "web")], grants: [grant("admin", "catalog", [])] }),
        },
        {
            name: "third-party SPA: consent is always required anyway",
            model: tenant({ apis: [consenting], clients: [client("partner", "spa", { firstParty: false })], grants: [grant("partner", "catalog", [])] }),
        },
        {
            name: "client grant of a native app (public-client-credentials' concern)",
            model: tenant({ apis: [consenting], clients: [client("mobile", "native")], grants: [grant("mobile", "catalog", [], { subjectType: "client" })] }),
        },
    ],
    invalid: [
        {
            name: "first-party SPA calls an API that does not skip consent",
            model: tenant({ apis: [consenting], clients: [client("storefront", "spa")], grants: [grant("storefront", "catalog", ["read:products"])] }),
            findings: [{ path: "apps.storefront.access.catalog", severity: "warning", message: "consent_required" }],
        },
        {
            name: "first-party native app and the Management API, which does not skip consent by default",
            model: tenant({
                apis: [managementApi()],
                clients: [client("mobile", "native")],
                grants: [grant("mobile", "auth0-management", ["read:current_user"])],
            }),
            findings: [{ path: "apps.mobile.access.auth0-management", message: "native app 'mobile'" }],
        },
        {
            name: "a spa reading its user through the Management API",
            model: tenant({
                apis: [managementApi()],
                clients: [client("storefront", "spa")],
                grants: [grant("storefront", "auth0-management", ["read:current_user"])],
            }),
            findings: [{ path: "apps.storefront.access.auth0-management", severity: "warning", message: "API 'auth0-management'" }],
        },
    ],
});
