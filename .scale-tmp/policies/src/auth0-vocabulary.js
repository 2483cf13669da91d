"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AUTH0_TOKEN_DIALECT = exports.AUTH0_ACCESS_POLICY = exports.AUTH0_APP_TYPE = void 0;
exports.fromAuth0 = fromAuth0;
exports.AUTH0_APP_TYPE = {
    spa: "spa",
    native: "native",
    web: "regular_web",
    m2m: "non_interactive",
};
/** subject_type_authorization policies; `require_grant` is Auth0's `require_client_grant` for both subject types. */
exports.AUTH0_ACCESS_POLICY = {
    require_grant: "require_client_grant",
    allow_all: "allow_all",
    deny_all: "deny_all",
};
/** Token dialects: `access_token_authz` adds the `permissions` claim. */
exports.AUTH0_TOKEN_DIALECT = { withPermissions: "access_token_authz", plain: "access_token" };
/** The model key whose Auth0 spelling is `value`, if any (the reverse of the tables above). */
function fromAuth0(table, value) {
    return Object.keys(table).find((key) => table[key] === value);
}
//# sourceMappingURL=auth0-vocabulary.js.map