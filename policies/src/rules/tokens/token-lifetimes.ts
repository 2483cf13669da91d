/** Auth0's limits and guidance for API access token lifetimes, in seconds. */
export const MAX_TOKEN_LIFETIME = 2_592_000;
/** Above a day, a token stolen from a browser or device stays useful too long. */
export const PUBLIC_CLIENT_TOKEN_LIFETIME = 86_400;

export function isValidTokenLifetime(seconds: number): boolean {
    return Number.isInteger(seconds) && seconds >= 0 && seconds <= MAX_TOKEN_LIFETIME;
}
/** From a week on, any access token outlives every revocation a team would make in time (auth0-checkmate's threshold). */
export const LONG_TOKEN_LIFETIME = 604_800;
/** Auth0's maximum for refresh token lifetimes, absolute and idle (365.25 days, https://auth0.com/docs/secure/tokens/refresh-tokens/configure-refresh-token-expiration). */
export const MAX_REFRESH_TOKEN_LIFETIME = 31_557_600;
