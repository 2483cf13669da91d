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
exports.Tenant = void 0;
// The Tenant component: the minimum set of @pulumi/auth0 resources for a TenantModel, all of them
// its children. Its own inputs carry what the resources alone do not show, for the policy pack.
const pulumi = __importStar(require("@pulumi/pulumi"));
const tenant_component_1 = require("../../policies/src/tenant-component");
const apis_1 = require("./apis");
const clients_1 = require("./clients");
const grants_1 = require("./grants");
const outputs_1 = require("./outputs");
const roles_1 = require("./roles");
const targets_1 = require("./targets");
class Tenant extends pulumi.ComponentResource {
    outputs;
    constructor(name, model, opts = {}) {
        super(tenant_component_1.TENANT_COMPONENT_TYPE, name, (0, tenant_component_1.tenantComponentInputs)(model), opts);
        const ctx = { parent: this, production: model.environment === "production" };
        const apis = new Map(model.apis.filter((api) => api.kind === "managed").map((api) => [api.key, (0, apis_1.buildApi)(api, ctx)]));
        const findApi = (0, targets_1.apiFinder)(model, apis);
        const clients = new Map(model.clients.map((client) => [client.key, (0, clients_1.buildClient)(client, ctx, findApi)]));
        for (const grant of model.grants)
            (0, grants_1.buildGrant)(grant, clients, ctx, findApi);
        for (const role of model.roles)
            (0, roles_1.buildRole)(role, ctx, findApi);
        this.outputs = (0, outputs_1.tenantOutputs)(model, clients, findApi);
        this.registerOutputs({ ...this.outputs });
    }
}
exports.Tenant = Tenant;
//# sourceMappingURL=tenant.js.map