// The scopes of the tenant's Management API (auth0-management). Placeholder started by the rules-BE
// helper with the current-user set; the full scope list is completed by the helper that owns this file.

import { MANAGEMENT_API, type Api } from "./model";

/** The only Management API scopes a browser or native app may hold (a token for the signed-in user). */
export const CURRENT_USER_SCOPES: readonly string[] = [
    "read:current_user",
    "update:current_user_identities",
    "create:current_user_metadata",
    "update:current_user_metadata",
    "create:current_user_device_credentials",
    "delete:current_user_device_credentials",
    "delete:current_user",
];

export const MANAGEMENT_API_SCOPES: readonly string[] = [
    ...CURRENT_USER_SCOPES,
    "read:users",
    "create:users",
    "update:users",
    "delete:users",
    "read:clients",
    "create:clients",
    "update:clients",
    "delete:clients",
    "read:client_grants",
    "create:client_grants",
    "update:client_grants",
    "delete:client_grants",
    "read:resource_servers",
    "create:resource_servers",
    "update:resource_servers",
    "delete:resource_servers",
    "read:roles",
    "create:roles",
    "update:roles",
    "delete:roles",
    "read:connections",
    "create:connections",
    "update:connections",
    "delete:connections",
];

/** Where the placeholder stands when the tenant domain is unknown (no `auth0:domain` in the stack). */
export const MANAGEMENT_API_PLACEHOLDER = "https://{tenant}.auth0.com/api/v2/";

/** The Management API's audience for a tenant domain (the canonical `<tenant>.<region>.auth0.com` one). */
export function managementApiIdentifier(domain: string | undefined): string {
    return domain === undefined ? MANAGEMENT_API_PLACEHOLDER : `https://${domain}/api/v2/`;
}

/**
 * The built-in Management API as both front ends put it in every model (the loader from the stack's
 * domain, the policy pack from the provider or its config), so the two models agree.
 */
export function managementApi(identifier: string): Api {
    const path = `apis.${MANAGEMENT_API}`;
    return {
        key: MANAGEMENT_API,
        identifier,
        name: "Auth0 Management API",
        kind: "management",
        scopes: MANAGEMENT_API_SCOPES.map((value) => ({ value, description: value, source: { path: `${path}.scopes.${value}` } })),
        rbac: false,
        permissionsInToken: false,
        userAccess: "require_grant",
        clientAccess: "require_grant",
        offlineAccess: false,
        tokenLifetime: 86400,
        signingAlg: "RS256",
        skipConsentForFirstParty: true,
        formerKeys: [],
        source: { path },
    };
}
