// OAuth grant types as Auth0 names them, and which belong to which kind of app: "Application Grant
// Types" (https://auth0.com/docs/get-started/applications/application-grant-types), "Configure
// Client-Initiated Backchannel Authentication" (CIBA: first-party confidential clients only), the
// Authentication API's token exchange pages (native social, custom token exchange), docs-v2 of 2026-08.
import type { AppType } from "../../model";

export const DEVICE_CODE = "urn:ietf:params:oauth:grant-type:device_code";
export const IMPLICIT = "implicit";
export const CLIENT_CREDENTIALS = "client_credentials";
export const PASSWORD_GRANTS: readonly string[] = ["password", "http://auth0.com/oauth/grant-type/password-realm"];
/** Client-Initiated Backchannel Authentication: the user approves on another device. */
export const CIBA = "urn:openid:params:grant-type:ciba";
/** Native social sign-in and Custom Token Exchange. */
export const TOKEN_EXCHANGE = "urn:ietf:params:oauth:grant-type:token-exchange";
/** Embedded passwordless login (a one-time code the user received). */
export const PASSWORDLESS_OTP = "http://auth0.com/oauth/grant-type/passwordless/otp";
/** The MFA grants of embedded login, for trusted first-party apps. */
export const MFA_GRANTS: readonly string[] = [
    "http://auth0.com/oauth/grant-type/mfa-oob",
    "http://auth0.com/oauth/grant-type/mfa-otp",
    "http://auth0.com/oauth/grant-type/mfa-recovery-code",
];

/** Grant types in which a user signs in: never for a machine client. */
export const SIGN_IN_GRANT_TYPES: readonly string[] = ["authorization_code", IMPLICIT, DEVICE_CODE];

/** Grant types that give a user's token without a browser redirect back to the app. */
export const REDIRECTLESS_USER_GRANT_TYPES: readonly string[] = [DEVICE_CODE, CIBA, TOKEN_EXCHANGE, PASSWORDLESS_OTP, ...PASSWORD_GRANTS];

/** What each app type may use (Auth0's grant types per application type, without legacy flows). */
export const ALLOWED_GRANT_TYPES: Record<AppType, readonly string[]> = {
    spa: ["authorization_code", "refresh_token", TOKEN_EXCHANGE, PASSWORDLESS_OTP],
    native: ["authorization_code", "refresh_token", DEVICE_CODE, TOKEN_EXCHANGE, PASSWORDLESS_OTP, ...MFA_GRANTS],
    web: ["authorization_code", "refresh_token", CLIENT_CREDENTIALS, CIBA, TOKEN_EXCHANGE, PASSWORDLESS_OTP, ...MFA_GRANTS],
    // CIBA needs only a confidential first-party client; the user approves elsewhere.
    m2m: [CLIENT_CREDENTIALS, CIBA],
};
