"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.diffModels = diffModels;
const access_1 = require("./access");
const apis_1 = require("./apis");
const clients_1 = require("./clients");
const findings_1 = require("./findings");
const grants_1 = require("./grants");
const renames_1 = require("./renames");
const roles_1 = require("./roles");
const tenant_1 = require("./tenant");
/**
 * An API removed and one added with the same identifier is a rename without `formerly`: Pulumi
 * creates the new resource before deleting the old one, and Auth0 refuses a second API with the
 * same identifier.
 */
function flagUnaliasedApiRenames(context, changes) {
    for (const change of changes) {
        if (change.kind !== "api" || change.action !== "added")
            continue;
        const api = context.head.apis.find((a) => a.source.path === change.path);
        const old = context.base.apis.find((a) => api !== undefined && a.identifier === api.identifier && !context.head.apis.some((h) => h.key === a.key));
        if (api === undefined || old === undefined || api.kind !== "managed")
            continue;
        change.risks.push({
            risk: "replaces",
            reason: `looks like a rename of \`${old.key}\` without \`formerly\`: pulumi up creates a second API with identifier ${api.identifier} ` +
                `before deleting the old one, and Auth0 rejects it (409). Add \`formerly: [${old.key}]\` to ${api.source.path}.`,
        });
    }
}
function diffModels({ base, head, baseFindings = [], headFindings = [] }) {
    const renames = (0, renames_1.findRenames)(base, head);
    const context = { base: (0, renames_1.applyRenames)(base, renames), head };
    const changes = [
        ...(0, tenant_1.diffTenant)(context),
        ...(0, apis_1.diffApis)(context, renames.apis),
        ...(0, clients_1.diffClients)(context, renames.clients),
        ...(0, grants_1.diffGrants)(context),
        ...(0, roles_1.diffRoles)(context, renames.roles),
        ...(0, tenant_1.diffWaivers)(context),
    ];
    flagUnaliasedApiRenames(context, changes);
    return { changes, access: (0, access_1.accessDelta)(context.base, head), findings: (0, findings_1.findingDelta)(baseFindings, headFindings) };
}
//# sourceMappingURL=diff.js.map