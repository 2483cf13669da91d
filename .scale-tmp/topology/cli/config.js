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
exports.clientIdsFromOutputs = clientIdsFromOutputs;
exports.register = register;
// `topology config`: per app and API, what its developers paste (domain, client id, audiences and
// scopes, token requests), from the topology and, once deployed, the stack outputs.
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const commander_1 = require("commander");
const derive_1 = require("../config/derive");
const render_1 = require("../config/render");
const stack_1 = require("../stack");
const model_input_1 = require("./model-input");
const usage_error_1 = require("./usage-error");
/** Client ids from `pulumi stack output --json` (the builder's `clients.<key>.clientId`). */
function clientIdsFromOutputs(file) {
    if (!fs.existsSync(file))
        throw new usage_error_1.UsageError(`--outputs ${file} does not exist; write it with: pulumi stack output --json > ${file}`);
    let outputs;
    try {
        outputs = JSON.parse(fs.readFileSync(file, "utf8"));
    }
    catch (err) {
        throw new usage_error_1.UsageError(`--outputs ${file} is not JSON (${err.message}); write it with: pulumi stack output --json > ${file}`);
    }
    const clients = outputs?.clients;
    if (clients === undefined || typeof clients !== "object")
        throw new usage_error_1.UsageError(`--outputs ${file} has no 'clients' output: is it the output of this project's stack?`);
    return Object.fromEntries(Object.entries(clients).flatMap(([key, c]) => (typeof c?.clientId === "string" ? [[key, c.clientId]] : [])));
}
function register(program) {
    program
        .command("config")
        .description("Print what each app's developers paste: domain, client id, per audience the scopes to request (SPA: Auth0Client options and getTokenSilently calls), and for each API how to validate its tokens.")
        .argument("[file]", "the topology file", model_input_1.DEFAULT_FILE)
        .option("--stack <stack>", "stack whose domain and variables apply")
        .option("--app <key>", "only this app or API")
        .option("--outputs <file>", "stack outputs (pulumi stack output --json) for the real client ids")
        .addOption(new commander_1.Option("--format <format>", "output format").choices([...render_1.CONFIG_FORMATS]).default("json"))
        .action((file, options) => (0, model_input_1.reportingInputErrors)(() => {
        if (!fs.existsSync(file))
            throw new usage_error_1.UsageError(`${file} does not exist`);
        const { model } = (0, model_input_1.checkedModel)({ file, stack: options.stack }, file);
        const domain = options.stack === undefined ? undefined : (0, stack_1.readStackSettings)(path.dirname(path.resolve(file)), options.stack).domain;
        const clientIds = options.outputs === undefined ? undefined : clientIdsFromOutputs(options.outputs);
        const configs = (0, derive_1.deriveConfigs)(model, { domain, clientIds }, options.app);
        if (options.app !== undefined && configs.length === 0)
            throw new usage_error_1.UsageError(`no app or API '${options.app}' in ${file}`);
        process.stdout.write((0, render_1.renderConfigs)(configs, options.format));
    }));
}
//# sourceMappingURL=config.js.map