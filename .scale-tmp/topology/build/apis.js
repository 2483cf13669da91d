"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildApi = buildApi;
// A managed API becomes exactly two resources: the resource server and all of its scopes in one
// ResourceServerScopes (one resource per scope would cost one Management API call each).
const auth0 = __importStar(require("@pulumi/auth0"));
const auth0_vocabulary_1 = require("../../policies/src/auth0-vocabulary");
const options_1 = require("./options");
function buildApi(api, ctx) {
    const server = new auth0.ResourceServer(api.key, {
        identifier: api.identifier,
        name: api.name,
        signingAlg: api.signingAlg,
        tokenLifetime: api.tokenLifetime,
        allowOfflineAccess: api.offlineAccess,
        enforcePolicies: api.rbac,
        tokenDialect: api.permissionsInToken ? auth0_vocabulary_1.AUTH0_TOKEN_DIALECT.withPermissions : auth0_vocabulary_1.AUTH0_TOKEN_DIALECT.plain,
        skipConsentForVerifiableFirstPartyClients: api.skipConsentForFirstParty,
        subjectTypeAuthorization: {
            user: { policy: auth0_vocabulary_1.AUTH0_ACCESS_POLICY[api.userAccess] },
            client: { policy: auth0_vocabulary_1.AUTH0_ACCESS_POLICY[api.clientAccess] },
        },
    }, (0, options_1.childOptions)(ctx, api.formerKeys, { protectInProduction: true }));
    const scopes = new auth0.ResourceServerScopes(api.key, {
        resourceServerIdentifier: server.identifier,
        scopes: api.scopes.map((scope) => ({ name: scope.value, description: scope.description })),
    }, (0, options_1.childOptions)(ctx, api.formerKeys));
    return { server, scopes };
}
//# sourceMappingURL=apis.js.map