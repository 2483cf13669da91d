// OAuth grant types as Auth0 names them, and which belong to which kind of app.
import type { AppType } from "../../model";

export const DEVICE_CODE = "urn:ietf:params:oauth:grant-type:device_code";
export const IMPLICIT = "implicit";
export const CLIENT_CREDENTIALS = "client_credentials";
export const PASSWORD_GRANTS: readonly string[] = ["password", "http://auth0.com/oauth/grant-type/password-realm"];

/** Grant types in which a user signs in: never for a machine client. */
export const SIGN_IN_GRANT_TYPES: readonly string[] = ["authorization_code", IMPLICIT, DEVICE_CODE];

/** What each app type may use (Auth0's grant types per application type, without legacy flows). */
export const ALLOWED_GRANT_TYPES: Record<AppType, readonly string[]> = {
    spa: ["authorization_code", "refresh_token"],
    native: ["authorization_code", "refresh_token", DEVICE_CODE],
    web: ["authorization_code", "refresh_token", CLIENT_CREDENTIALS],
    m2m: [CLIENT_CREDENTIALS],
};
