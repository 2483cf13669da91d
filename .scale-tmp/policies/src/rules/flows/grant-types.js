"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ALLOWED_GRANT_TYPES = exports.SIGN_IN_GRANT_TYPES = exports.PASSWORD_GRANTS = exports.CLIENT_CREDENTIALS = exports.IMPLICIT = exports.DEVICE_CODE = void 0;
exports.DEVICE_CODE = "urn:ietf:params:oauth:grant-type:device_code";
exports.IMPLICIT = "implicit";
exports.CLIENT_CREDENTIALS = "client_credentials";
exports.PASSWORD_GRANTS = ["password", "http://auth0.com/oauth/grant-type/password-realm"];
/** Grant types in which a user signs in: never for a machine client. */
exports.SIGN_IN_GRANT_TYPES = ["authorization_code", exports.IMPLICIT, exports.DEVICE_CODE];
/** What each app type may use (Auth0's grant types per application type, without legacy flows). */
exports.ALLOWED_GRANT_TYPES = {
    spa: ["authorization_code", "refresh_token"],
    native: ["authorization_code", "refresh_token", exports.DEVICE_CODE],
    web: ["authorization_code", "refresh_token", exports.CLIENT_CREDENTIALS],
    m2m: [exports.CLIENT_CREDENTIALS],
};
//# sourceMappingURL=grant-types.js.map