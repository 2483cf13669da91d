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
exports.buildRole = buildRole;
// A role becomes an auth0.Role plus one auth0.RolePermissions holding all of its permissions
// (one resource per permission would cost one Management API call each).
const auth0 = __importStar(require("@pulumi/auth0"));
const options_1 = require("./options");
function buildRole(role, ctx, findApi) {
    const created = new auth0.Role(role.key, { name: role.name, description: role.description }, (0, options_1.childOptions)(ctx, role.formerKeys));
    const targets = role.permissions.map((p) => ({ scope: p.scope, target: findApi(p.api, role.source.path) }));
    const permissions = new auth0.RolePermissions(role.key, {
        roleId: created.id,
        permissions: targets.map(({ scope, target }) => ({
            name: scope,
            resourceServerIdentifier: target.identifier,
            resourceServerName: target.api.name,
        })),
    }, 
    // Auth0 rejects a permission whose scope the resource server does not declare yet.
    (0, options_1.childOptions)(ctx, role.formerKeys, { dependsOn: [...new Set(targets.flatMap(({ target }) => target.scopesReady))] }));
    return { role: created, permissions };
}
//# sourceMappingURL=roles.js.map