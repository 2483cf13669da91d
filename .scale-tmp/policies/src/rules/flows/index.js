"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.flowRules = void 0;
const grant_type_matrix_1 = require("./grant-type-matrix");
const implicit_grant_1 = require("./implicit-grant");
const m2m_user_flow_1 = require("./m2m-user-flow");
const password_grant_1 = require("./password-grant");
const public_client_auth_method_1 = require("./public-client-auth-method");
const public_client_credentials_1 = require("./public-client-credentials");
const spa_signing_alg_1 = require("./spa-signing-alg");
exports.flowRules = [
    public_client_credentials_1.publicClientCredentials,
    m2m_user_flow_1.m2mUserFlow,
    grant_type_matrix_1.grantTypeMatrix,
    implicit_grant_1.implicitGrant,
    password_grant_1.passwordGrant,
    public_client_auth_method_1.publicClientAuthMethod,
    spa_signing_alg_1.spaSigningAlg,
];
//# sourceMappingURL=index.js.map