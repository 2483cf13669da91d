/** Auth0's limits and guidance for API access token lifetimes, in seconds. */
export const MAX_TOKEN_LIFETIME = 2_592_000;
/** Above a day, a token stolen from a browser or device stays useful too long. */
export const PUBLIC_CLIENT_TOKEN_LIFETIME = 86_400;

export function isValidTokenLifetime(seconds: number): boolean {
    return Number.isInteger(seconds) && seconds >= 0 && seconds <= MAX_TOKEN_LIFETIME;
}
