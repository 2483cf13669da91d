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
exports.register = register;
// `topology plan [FILE]`: an offline `pulumi preview --policy-pack policies` (see topology/plan/run.ts).
const fs = __importStar(require("node:fs"));
const commander_1 = require("commander");
const model_1 = require("../../policies/src/model");
const format_1 = require("../plan/format");
const run_1 = require("../plan/run");
const usage_error_1 = require("./usage-error");
function collectVar(entry, vars) {
    const eq = entry.indexOf("=");
    if (eq <= 0)
        throw new commander_1.InvalidArgumentError(`write it as name=value, not ${entry}`);
    return { ...vars, [entry.slice(0, eq)]: entry.slice(eq + 1) };
}
function register(program) {
    program
        .command("plan")
        .description("Offline preview: check the topology, run the Pulumi program under preview mocks and the policy pack over gRPC.")
        .argument("[file]", "the topology file", "topology.yaml")
        .option("--stack <name>", "the stack whose Pulumi.<stack>.yaml supplies domain, environment and variables", "dev")
        .addOption(new commander_1.Option("--environment <environment>", "override the stack's environment").choices(model_1.ENVIRONMENTS))
        .option("--var <name=value>", "set a ${name} variable (repeatable)", collectVar, {})
        .addOption(new commander_1.Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
        .action(async (file, flags) => {
        if (!fs.existsSync(file))
            throw new usage_error_1.UsageError(`${file}: no such file (give the topology file as argument)`);
        const result = await (0, run_1.runPlan)({
            file,
            stack: flags.stack,
            environment: flags.environment,
            vars: flags.var,
            progress: (line) => process.stderr.write(`topology plan: ${line}\n`),
        });
        process.stdout.write(flags.format === "json" ? (0, format_1.formatPlanJson)(result) : (0, format_1.formatPlanText)(result));
        if ((0, format_1.planFails)((0, format_1.planSummary)(result.findings, result.policy)))
            process.exitCode = 1;
    });
}
//# sourceMappingURL=plan.js.map