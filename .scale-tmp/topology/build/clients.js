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
exports.buildClient = buildClient;
exports.hasSecret = hasSecret;
// An app (or an API's machine client) becomes an auth0.Client plus an auth0.ClientCredentials:
// since provider v1 the token endpoint auth method lives only on ClientCredentials, so public
// clients get one too, with method "none" (and therefore no secret).
const auth0 = __importStar(require("@pulumi/auth0"));
const auth0_vocabulary_1 = require("../../policies/src/auth0-vocabulary");
const options_1 = require("./options");
/** Auth0's defaults for an app without refresh tokens, written out so the tenant cannot drift. */
const NO_REFRESH_TOKENS = {
    rotationType: "non-rotating",
    expirationType: "non-expiring",
    infiniteTokenLifetime: true,
    infiniteIdleTokenLifetime: true,
};
function refreshTokenSettings(client, settings, findApi) {
    if (settings === null)
        return NO_REFRESH_TOKENS;
    return {
        rotationType: settings.rotation,
        expirationType: settings.expiration,
        tokenLifetime: settings.tokenLifetime,
        idleTokenLifetime: settings.idleTokenLifetime,
        infiniteTokenLifetime: false,
        infiniteIdleTokenLifetime: false,
        policies: settings.policies.map((policy) => ({
            audience: findApi(policy.audience, `the refresh-token policy of ${client.source.path}`).identifier,
            scopes: policy.scopes,
        })),
    };
}
function authenticationMethod(client) {
    if (client.authMethod === "private_key_jwt") {
        // Needs credentials (public keys) the model does not carry; the topology cannot ask for it.
        throw new Error(`${client.source.path}: private_key_jwt clients are not supported by the builder`);
    }
    return client.authMethod;
}
function buildClient(client, ctx, findApi) {
    const args = {
        name: client.name,
        appType: auth0_vocabulary_1.AUTH0_APP_TYPE[client.type],
        isFirstParty: client.firstParty,
        grantTypes: client.grantTypes,
        callbacks: client.callbacks,
        allowedLogoutUrls: client.logoutUrls,
        webOrigins: client.webOrigins,
        allowedOrigins: client.allowedOrigins,
        oidcConformant: client.oidcConformant,
        jwtConfiguration: { alg: client.idTokenSigningAlg },
        refreshToken: refreshTokenSettings(client, client.refreshToken, findApi),
    };
    if (client.description !== undefined)
        args.description = client.description;
    const created = new auth0.Client(client.key, args, (0, options_1.childOptions)(ctx, client.formerKeys, { protectInProduction: true }));
    const credentials = new auth0.ClientCredentials(client.key, { clientId: created.clientId, authenticationMethod: authenticationMethod(client) }, (0, options_1.childOptions)(ctx, client.formerKeys));
    return { spec: client, client: created, credentials };
}
/** Public clients authenticate with "none" and have no secret worth exporting. */
function hasSecret(client) {
    return client.authMethod === "client_secret_post" || client.authMethod === "client_secret_basic";
}
//# sourceMappingURL=clients.js.map