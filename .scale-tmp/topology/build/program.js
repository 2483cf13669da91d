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
exports.CONFIG_NAMESPACE = void 0;
exports.blocksDeployment = blocksDeployment;
exports.tenantProgram = tenantProgram;
// The Pulumi program: check the topology for the selected stack, refuse to touch the tenant when
// the checker finds an error, otherwise register the Tenant. index.ts runs it; so do mock runs.
const path = __importStar(require("node:path"));
const pulumi = __importStar(require("@pulumi/pulumi"));
const model_1 = require("../../policies/src/model");
const check_1 = require("../check");
const text_1 = require("../report/text");
const tenant_1 = require("./tenant");
exports.CONFIG_NAMESPACE = "auth0-topology";
function environmentOf(config) {
    const value = config.get("environment");
    if (value === undefined || model_1.ENVIRONMENTS.includes(value))
        return value;
    throw new pulumi.RunError(`${exports.CONFIG_NAMESPACE}:environment is '${value}'; set it to one of ${model_1.ENVIRONMENTS.join(", ")} ` +
        `(pulumi config set ${exports.CONFIG_NAMESPACE}:environment development)`);
}
function blocksDeployment(finding) {
    return finding.severity === "error" && finding.waived === undefined;
}
async function tenantProgram(topologyFile) {
    const config = new pulumi.Config(exports.CONFIG_NAMESPACE);
    const { model, findings } = (0, check_1.checkTopology)({
        file: topologyFile,
        stack: pulumi.getStack(),
        environment: environmentOf(config),
        vars: config.getObject("vars") ?? {},
        projectDir: path.dirname(topologyFile),
    });
    if (model === undefined || findings.some(blocksDeployment)) {
        // A RunError prints its message without a stack trace: the user sees the checker's report.
        throw new pulumi.RunError((0, text_1.formatFindings)(findings));
    }
    return new tenant_1.Tenant("tenant", model).outputs;
}
//# sourceMappingURL=program.js.map