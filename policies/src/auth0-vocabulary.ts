// Auth0's spelling of the model's values, as the Management API and @pulumi/auth0 take them. The
// builder writes resources with these tables and the policy pack reads resources back with them, so
// the two front ends cannot drift apart. (The provider's generated docs camelCase these strings,
// e.g. "regularWeb"; the API accepts only the snake_case forms below.)
import type { AppType, ClientAccessPolicy, UserAccessPolicy } from "./model";

export const AUTH0_APP_TYPE: Readonly<Record<AppType, string>> = {
    spa: "spa",
    native: "native",
    web: "regular_web",
    m2m: "non_interactive",
};

/** subject_type_authorization policies; `require_grant` is Auth0's `require_client_grant` for both subject types. */
export const AUTH0_ACCESS_POLICY: Readonly<Record<UserAccessPolicy | ClientAccessPolicy, string>> = {
    require_grant: "require_client_grant",
    allow_all: "allow_all",
    deny_all: "deny_all",
};

/** Token dialects: `access_token_authz` adds the `permissions` claim. */
export const AUTH0_TOKEN_DIALECT = { withPermissions: "access_token_authz", plain: "access_token" } as const;

/** The model key whose Auth0 spelling is `value`, if any (the reverse of the tables above). */
export function fromAuth0<K extends string>(table: Readonly<Record<K, string>>, value: string): K | undefined {
    return (Object.keys(table) as K[]).find((key) => table[key] === value);
}

/**
 * Permission names Auth0 refuses as custom API scopes: OpenID Connect's scopes and the profile
 * claims ("Add API Permissions", Reserved names: https://auth0.com/docs/get-started/apis/add-api-permissions,
 * docs-v2 of 2026-08).
 */
export const RESERVED_SCOPE_NAMES: readonly string[] = [
    "address",
    "created_at",
    "email",
    "email_verified",
    "family_name",
    "given_name",
    "identities",
    "name",
    "nickname",
    "offline_access",
    "openid",
    "phone",
    "picture",
    "profile",
];
