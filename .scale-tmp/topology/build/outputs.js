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
exports.tenantOutputs = tenantOutputs;
// What the stack tells the teams that build the apps: client ids, the audiences a browser or
// native app must request (an access token carries one audience, so one token per API), API
// identifiers, and the machine clients' secrets, only ever as Pulumi secrets.
const pulumi = __importStar(require("@pulumi/pulumi"));
const clients_1 = require("./clients");
function tokenRequests(model, clientKey, findApi) {
    return model.grants
        .filter((g) => g.client === clientKey && g.subjectType === "user")
        .map((g) => {
        const target = findApi(g.api, g.source.path);
        return { audience: target.identifier, scopes: g.allowAllScopes ? target.api.scopes.map((s) => s.value) : g.scopes };
    });
}
function tenantOutputs(model, clients, findApi) {
    const apis = Object.fromEntries(model.apis.map((api) => [api.key, findApi(api.key, `apis.${api.key}`).identifier]));
    const clientOutputs = {};
    const secrets = {};
    for (const { spec: client, client: created, credentials } of clients.values()) {
        const out = { clientId: created.clientId, type: client.type };
        if (client.type === "spa" || client.type === "native")
            out.tokenRequests = tokenRequests(model, client.key, findApi);
        clientOutputs[client.key] = out;
        if ((0, clients_1.hasSecret)(client))
            secrets[client.key] = credentials.clientSecret;
    }
    return { apis, clients: clientOutputs, clientSecrets: pulumi.secret(pulumi.all(secrets)) };
}
//# sourceMappingURL=outputs.js.map