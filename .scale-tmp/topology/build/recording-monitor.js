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
exports.recordRegistrations = recordRegistrations;
// Records what a program registers, as the engine receives it. Mocks' newResource sees only type,
// name and inputs; the policy pack also needs property dependencies (to link a grant to its client
// while the client id is still unknown), protect, aliases and parents, so the mock monitor's
// registerResource requests are read here, before the mock answers them.
const pulumi = __importStar(require("@pulumi/pulumi"));
const urns_1 = require("./urns");
function aliasUrn(alias, resource, ctx) {
    const spec = alias.getSpec();
    if (spec === undefined)
        return alias.getUrn();
    const parent = spec.getNoparent() ? undefined : spec.hasParenturn() ? spec.getParenturn() : resource.parent;
    return (0, urns_1.engineUrn)({
        stack: spec.getStack() || ctx.stack,
        project: spec.getProject() || ctx.project,
        parent,
        type: spec.getType() || resource.type,
        name: spec.getName() || resource.name,
    });
}
function record(req, ctx) {
    const parent = req.getParent() || undefined;
    const resource = {
        urn: (0, urns_1.engineUrn)({ ...ctx, parent, type: req.getType(), name: req.getName() }),
        type: req.getType(),
        name: req.getName(),
        custom: req.getCustom(),
        inputs: (req.getObject()?.toJavaScript() ?? {}),
        propertyDependencies: {},
        dependencies: req.getDependenciesList(),
        protect: req.getProtect() === true,
        aliases: [],
        additionalSecretOutputs: req.getAdditionalsecretoutputsList(),
    };
    if (parent !== undefined)
        resource.parent = parent;
    if (req.getProvider() !== "")
        resource.provider = req.getProvider();
    req.getPropertydependenciesMap().forEach((deps, key) => {
        resource.propertyDependencies[key] = deps.getUrnsList();
    });
    resource.aliases = req.getAliasesList().map((alias) => aliasUrn(alias, resource, ctx));
    return resource;
}
/** Makes the monitor form engine URNs and appends every registration to `into`, in order. */
function recordRegistrations(monitor, into) {
    const ctx = { stack: pulumi.getStack(), project: pulumi.getProject() };
    const byUrn = new Map();
    // newUrn is private in the typings but is what registerResource uses to answer with a URN.
    monitor.newUrn = (parent, type, name) => (0, urns_1.engineUrn)({ ...ctx, parent, type, name });
    const registerResource = monitor.registerResource.bind(monitor);
    monitor.registerResource = (req, callback) => {
        const resource = record(req, ctx);
        into.push(resource);
        byUrn.set(resource.urn, resource);
        return registerResource(req, callback);
    };
    const registerResourceOutputs = monitor.registerResourceOutputs.bind(monitor);
    monitor.registerResourceOutputs = (req, callback) => {
        const resource = byUrn.get(req.getUrn());
        if (resource !== undefined)
            resource.outputs = (req.getOutputs()?.toJavaScript() ?? {});
        registerResourceOutputs(req, callback);
    };
}
//# sourceMappingURL=recording-monitor.js.map