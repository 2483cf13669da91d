import { client, grant, managementApi, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { spaManagementMetadataWrite } from "./spa-management-metadata-write";

const mgmt = managementApi();

testRule(spaManagementMetadataWrite, {
    valid: [
        {
            name: "spa reads its user only",
            model: tenant({ apis: [mgmt], clients: [client("storefront", "spa")], grants: [grant("storefront", "auth0-management", ["read:current_user"])] }),
        },
        {
            name: "web app writing user metadata from its backend",
            model: tenant({
                apis: [mgmt],
                clients: [client("portal", "web")],
                grants: [grant("portal", "auth0-management", ["update:current_user_metadata"])],
            }),
        },
        {
            name: "device credential scopes are not metadata",
            model: tenant({
                apis: [mgmt],
                clients: [client("mobile", "native")],
                grants: [grant("mobile", "auth0-management", ["create:current_user_device_credentials"])],
            }),
        },
    ],
    invalid: [
        {
            name: "spa may create and update its user's metadata",
            model: tenant({
                apis: [mgmt],
                clients: [client("storefront", "spa")],
                grants: [grant("storefront", "auth0-management", ["read:current_user", "create:current_user_metadata", "update:current_user_metadata", "delete:current_user_metadata"])],
            }),
            findings: [
                { path: "apps.storefront.access.auth0-management.1", severity: "warning", message: "can create" },
                { path: "apps.storefront.access.auth0-management.2", severity: "warning", message: "can update" },
                { path: "apps.storefront.access.auth0-management.3", severity: "warning", message: "can delete" },
            ],
        },
        {
            name: "native app, production does not escalate",
            model: tenant({
                environment: "production",
                apis: [mgmt],
                clients: [client("mobile", "native")],
                grants: [grant("mobile", "auth0-management", ["update:current_user_metadata"])],
            }),
            findings: [{ path: "apps.mobile.access.auth0-management.0", severity: "warning" }],
        },
    ],
});
