"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PUBLIC_CLIENT_TOKEN_LIFETIME = exports.MAX_TOKEN_LIFETIME = void 0;
exports.isValidTokenLifetime = isValidTokenLifetime;
/** Auth0's limits and guidance for API access token lifetimes, in seconds. */
exports.MAX_TOKEN_LIFETIME = 2_592_000;
/** Above a day, a token stolen from a browser or device stays useful too long. */
exports.PUBLIC_CLIENT_TOKEN_LIFETIME = 86_400;
function isValidTokenLifetime(seconds) {
    return Number.isInteger(seconds) && seconds >= 0 && seconds <= exports.MAX_TOKEN_LIFETIME;
}
//# sourceMappingURL=token-lifetimes.js.map