import { defineRule } from "../../rule";

export const managementApiUserAccess = defineRule({
    meta: {
        id: "management-api-user-access",
        severity: "warning",
        description:
            "The tenant's Management API lets every app get tokens on its users' behalf (user-delegated access allow_all, Auth0's default): " +
            "script injected into any app can link accounts or change the user's metadata.",
        docs: "https://auth0.com/docs/get-started/apis/api-access-policies-for-applications",
    },
    check: (model) =>
        model.apis
            .filter((a) => a.kind === "management" && a.userAccess === "allow_all")
            .map((a) => ({
                source: a.source,
                path: "tenant.managementApi.userAccess",
                message:
                    "the Management API allows user-delegated access to every app of the tenant: a cross-site script in any of them can " +
                    "get a token with update:current_user_identities and link an attacker's account to the user",
                hint:
                    "set the Management API's User-Delegated Access to Per-app authorization in the tenant, give auth0-management access " +
                    "to the apps that need current-user scopes, and say so: tenant.managementApi.userAccess: require_grant in the topology, " +
                    'or {"tenant-model": {"managementApi": {"userAccess": "require_grant"}}} in the policy pack\'s config for a stack of another program',
            })),
});
