// The scopes of the tenant's built-in Management API (auth0-management). Rules check requested
// scopes against this list, so it must be the real one: the scope set of a tenant's "Auth0
// Management API" resource server (as the Auth0 Terraform provider exports it), plus the
// current-user scopes that only user tokens (a SPA's) carry.

import { apiOf, MANAGEMENT_API, type Api, type UserAccessPolicy } from "./model";

/** Verbs per Management API resource: `read` + `users` is the scope read:users. */
const VERBS_BY_RESOURCE: Readonly<Record<string, string>> = {
    client_grants: "create read update delete",
    users: "create read update delete",
    users_app_metadata: "create read update delete",
    user_custom_blocks: "create read delete",
    user_tickets: "create",
    clients: "create read update delete",
    client_keys: "create read update delete",
    client_credentials: "create read update delete",
    connections: "create read update delete",
    resource_servers: "create read update delete",
    device_credentials: "create read update delete",
    rules: "create read update delete",
    rules_configs: "read update delete",
    hooks: "create read update delete",
    actions: "create read update delete",
    email_provider: "create read update delete",
    tokens: "blacklist",
    stats: "read",
    insights: "read",
    tenant_settings: "read update",
    logs: "read",
    logs_users: "read",
    shields: "create read update delete",
    anomaly_blocks: "read delete",
    triggers: "read update",
    grants: "read delete",
    guardian_factors: "read update",
    guardian_enrollments: "read delete",
    guardian_enrollment_tickets: "create",
    user_idp_tokens: "read",
    passwords_checking_job: "create delete",
    custom_domains: "create read update delete",
    email_templates: "create read update",
    mfa_policies: "read update",
    roles: "create read update delete",
    prompts: "read update",
    branding: "read update delete",
    log_streams: "create read update delete",
    signing_keys: "create read update",
    limits: "read update",
    role_members: "create read delete",
    entitlements: "read",
    attack_protection: "read update",
    organizations_summary: "read",
    authentication_methods: "create read update delete",
    organizations: "create read update delete",
    organization_discovery_domains: "create read update delete",
    organization_members: "create read delete",
    organization_connections: "create read update delete",
    organization_member_roles: "create read delete",
    organization_invitations: "create read delete",
    scim_config: "create read update delete",
    scim_token: "create read delete",
    phone_providers: "create read update delete",
    phone_templates: "create read update delete",
    encryption_keys: "create read update delete",
    sessions: "read update delete",
    refresh_tokens: "read update delete",
    self_service_profiles: "create read update delete",
    sso_access_tickets: "create delete",
    forms: "create read update delete",
    flows: "create read update delete",
    flows_vault: "read",
    flows_vault_connections: "create read update delete",
    flows_executions: "read delete",
    connections_options: "read update",
    self_service_profile_custom_texts: "read update",
    network_acls: "create read update delete",
    vdcs_templates: "create read update delete",
    custom_signing_keys: "create read update delete",
    federated_connections_tokens: "read delete",
    user_attribute_profiles: "create read update delete",
    event_streams: "create read update delete",
    event_deliveries: "read update",
    connection_profiles: "create read update delete",
    organization_client_grants: "create read delete",
    security_metrics: "read",
    connections_keys: "create read update",
};

/**
 * The only Management API scopes a token on a user's behalf carries, whatever the app and flow
 * (https://auth0.com/docs/secure/tokens/access-tokens/management-api-access-tokens/get-management-api-tokens-for-single-page-applications,
 * https://auth0.com/docs/libraries/auth0js "You can ask for the following scopes"; delete:current_user
 * from the Delete a User endpoint's scopes).
 */
export const CURRENT_USER_SCOPES: readonly string[] = [
    "read:current_user",
    "update:current_user_identities",
    "create:current_user_metadata",
    "update:current_user_metadata",
    "delete:current_user_metadata",
    "create:current_user_device_credentials",
    "delete:current_user_device_credentials",
    "delete:current_user",
];

/**
 * Read scopes whose answers are secrets or personal data: whoever holds the machine client's
 * secret holds these too, so they weigh like writes (Management API reference: what each endpoint returns).
 */
export const SENSITIVE_READ_SCOPES: Readonly<Record<string, string>> = {
    "read:client_keys": "every application's client secret and signing keys",
    "read:client_credentials": "the applications' public-key and mTLS credentials",
    "read:connections": "connection options, social and enterprise identity providers' client secrets among them",
    "read:user_idp_tokens": "the identity providers' access and refresh tokens of every user",
    "read:federated_connections_tokens": "the federated connections' tokens of every user (Token Vault)",
    "read:users": "every user's profile and personal data",
    "read:users_app_metadata": "every user's app_metadata",
    "read:logs": "the tenant's logs, with users' IP addresses and identifiers",
    "read:logs_users": "users' logs, with their IP addresses and identifiers",
    "read:encryption_keys": "the tenant's encryption keys",
};

/** Every Management API scope: machine scopes and current-user scopes. */
export const MANAGEMENT_API_SCOPES: readonly string[] = [
    ...CURRENT_USER_SCOPES,
    ...Object.entries(VERBS_BY_RESOURCE).flatMap(([resource, verbs]) => verbs.split(" ").map((verb) => `${verb}:${resource}`)),
];

/** Where the placeholder stands when the tenant domain is unknown (no `auth0:domain` in the stack). */
export const MANAGEMENT_API_PLACEHOLDER = "https://{tenant}.auth0.com/api/v2/";

/** The Management API's audience for a tenant domain (the canonical `<tenant>.<region>.auth0.com` one). */
export function managementApiIdentifier(domain: string | undefined): string {
    return domain === undefined ? MANAGEMENT_API_PLACEHOLDER : `https://${domain}/api/v2/`;
}

/** What a design may say about the tenant's Management API; this stack never changes it. */
export interface ManagementApiSettings {
    userAccess: UserAccessPolicy;
    skipConsentForFirstParty: boolean;
}

/**
 * Auth0's settings of a tenant's Management API until someone changes them: user-delegated access
 * allowed to every app ("All apps allowed" is the user-delegated default,
 * https://auth0.com/docs/get-started/apis/api-access-policies-for-applications) and no skipping of
 * consent. Both as tenant exports show them (deploy-cli and Terraform provider dumps in
 * /work/shared/corpus/tenant-exports: subject_type_authorization.user allow_all,
 * skip_consent_for_verifiable_first_party_clients false, is_system true).
 */
export const MANAGEMENT_API_DEFAULTS: ManagementApiSettings = { userAccess: "allow_all", skipConsentForFirstParty: false };

/**
 * The built-in Management API as both front ends put it in every model (the loader from the stack's
 * domain, the policy pack from the provider or its config), so the two models agree.
 */
export function managementApi(identifier: string, settings: ManagementApiSettings = MANAGEMENT_API_DEFAULTS): Api {
    const path = `apis.${MANAGEMENT_API}`;
    return apiOf(
        {
            key: MANAGEMENT_API,
            identifier,
            name: "Auth0 Management API",
            kind: "management",
            scopes: MANAGEMENT_API_SCOPES.map((value) => ({ value, description: value, source: { path: `${path}.scopes.${value}` } })),
            source: { path },
        },
        { rbac: false, userAccess: settings.userAccess, skipConsentForFirstParty: settings.skipConsentForFirstParty },
    );
}
