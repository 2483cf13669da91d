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
exports.grantName = grantName;
exports.buildGrant = buildGrant;
// One auth0.ClientGrant per (client, API, subject type), with the subject type always explicit
// (the provider defaults it to "client", which would turn a user grant into a machine grant).
const auth0 = __importStar(require("@pulumi/auth0"));
const options_1 = require("./options");
function grantName(clientKey, apiKey, subjectType) {
    return `${clientKey}/${apiKey}/${subjectType}`;
}
/**
 * Every name this grant had under the former keys of its client and API. Without these aliases a
 * rename would create the new grant before deleting the old one, and Auth0 refuses a second grant
 * for the same client and audience (409).
 */
function formerGrantNames(client, api, subjectType) {
    const current = grantName(client.key, api.key, subjectType);
    return [client.key, ...client.formerKeys]
        .flatMap((c) => [api.key, ...api.formerKeys].map((a) => grantName(c, a, subjectType)))
        .filter((name) => name !== current);
}
function buildGrant(grant, clients, ctx, findApi) {
    const built = clients.get(grant.client);
    if (built === undefined) {
        throw new Error(`${grant.source.path} names app '${grant.client}', which the model does not declare`);
    }
    const target = findApi(grant.api, grant.source.path);
    const args = {
        clientId: built.client.clientId,
        audience: target.identifier,
        subjectType: grant.subjectType,
    };
    if (grant.allowAllScopes)
        args.allowAllScopes = true;
    else
        args.scopes = grant.scopes;
    const client = built.spec;
    return new auth0.ClientGrant(grantName(client.key, target.api.key, grant.subjectType), args, (0, options_1.childOptions)(ctx, formerGrantNames(client, target.api, grant.subjectType), { dependsOn: target.scopesReady }));
}
//# sourceMappingURL=grants.js.map