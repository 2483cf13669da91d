"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.engineUrn = engineUrn;
// URNs as the Pulumi engine forms them. The mock monitor's own URNs differ (it prefixes the root
// stack's type and keeps only the parent's last type), and findings cite URNs, so mock runs use these.
const ROOT_STACK_TYPE = "pulumi:pulumi:Stack";
function engineUrn({ stack, project, parent, type, name }) {
    const parentType = parent === undefined || parent === "" ? undefined : parent.split("::")[2];
    const qualifiedType = parentType === undefined || parentType === ROOT_STACK_TYPE ? type : `${parentType}$${type}`;
    return `urn:pulumi:${stack}::${project}::${qualifiedType}::${name}`;
}
//# sourceMappingURL=urns.js.map