"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TENANT_COMPONENT_TYPE = void 0;
exports.tenantComponentInputs = tenantComponentInputs;
exports.TENANT_COMPONENT_TYPE = "auth0-topology:index:Tenant";
function referenced(api) {
    return {
        key: api.key,
        identifier: api.identifier,
        name: api.name,
        scopes: api.scopes.map(({ value, description }) => ({ value, description })),
    };
}
function tenantComponentInputs(model) {
    const inputs = {
        environment: model.environment,
        plan: model.plan,
        maxAudiences: model.maxAudiences,
        waivers: model.waivers.map(({ rule, target, reason }) => ({ rule, target, reason })),
        externalApis: model.apis.filter((api) => api.kind === "external").map(referenced),
    };
    const management = model.apis.find((api) => api.kind === "management");
    if (management !== undefined)
        inputs.managementApiIdentifier = management.identifier;
    return inputs;
}
//# sourceMappingURL=tenant-component.js.map