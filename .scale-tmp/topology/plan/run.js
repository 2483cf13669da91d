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
exports.programConfig = programConfig;
exports.runPlan = runPlan;
// `topology plan`: an offline preview. Checks the topology, runs the real Pulumi program under
// preview-mode mocks, and serves the real policy pack over gRPC with what the program registered:
// the path of `pulumi preview --policy-pack policies`, without the CLI or a tenant.
const path = __importStar(require("node:path"));
const analyzer_1 = require("../analyzer");
const pack_dir_1 = require("../analyzer/pack-dir");
const registered_1 = require("../analyzer/registered");
const analysis_1 = require("../../policies/src/pack/analysis");
const program_1 = require("../build/program");
const mock_run_1 = require("../build/mock-run");
const check_1 = require("../check");
const stack_1 = require("../stack");
/** The stack configuration `pulumi preview` would give the program, with the command line's overrides. */
function programConfig(settings, overrides) {
    const config = {
        [`${program_1.CONFIG_NAMESPACE}:environment`]: overrides.environment ?? settings.environment,
        [`${program_1.CONFIG_NAMESPACE}:vars`]: JSON.stringify({ ...settings.vars, ...overrides.vars }),
    };
    if (settings.domain !== undefined)
        config["auth0:domain"] = settings.domain;
    return config;
}
async function runPlan(options) {
    const say = options.progress ?? (() => undefined);
    const projectDir = path.dirname(path.resolve(options.file));
    say(`checking ${options.file} for stack ${options.stack}`);
    const { findings } = (0, check_1.checkTopology)({ file: options.file, stack: options.stack, environment: options.environment, vars: options.vars, projectDir });
    // The program refuses such a topology (it never reaches the tenant): nothing to preview.
    if (findings.some(program_1.blocksDeployment))
        return { resources: [], findings, policy: [] };
    const settings = (0, stack_1.readStackSettings)(projectDir, options.stack);
    const config = programConfig(settings, options);
    say("running the program under preview mocks");
    const resources = await (0, mock_run_1.runProgramUnderMocks)({ topologyFile: path.resolve(options.file), stack: options.stack, config });
    say(`analyzing ${resources.length} resources with the policy pack`);
    const packConfig = settings.domain === undefined ? {} : { [analysis_1.MODEL_POLICY]: { domain: settings.domain } };
    const policy = await (0, analyzer_1.analyzeStack)((0, registered_1.stackResources)(resources), { packDir: options.packDir ?? (0, pack_dir_1.projectPackDir)(), config: packConfig });
    return { resources, findings, policy };
}
//# sourceMappingURL=run.js.map