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
exports.stackFileName = stackFileName;
exports.readStackSettings = readStackSettings;
// The selected Pulumi stack's settings that the topology needs, read from Pulumi.<stack>.yaml
// beside the project: the tenant domain, the environment and the values of `${name}` variables.
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const yaml_1 = require("yaml");
const model_1 = require("../policies/src/model");
const usage_error_1 = require("./cli/usage-error");
/** The Pulumi project name: the namespace of this tool's stack settings. */
exports.CONFIG_NAMESPACE = "auth0-topology";
function stackFileName(projectDir, stack) {
    return path.join(projectDir, `Pulumi.${stack}.yaml`);
}
function readConfig(file) {
    let text;
    try {
        text = fs.readFileSync(file, "utf8");
    }
    catch {
        throw new usage_error_1.UsageError(`the stack settings file ${file} does not exist; create it (pulumi stack init) or pick another --stack`);
    }
    let settings;
    try {
        settings = (0, yaml_1.parse)(text, { prettyErrors: true });
    }
    catch (err) {
        throw new usage_error_1.UsageError(`${file} is not valid YAML: ${err.message.split("\n")[0]}`);
    }
    const config = settings?.config ?? {};
    if (typeof config !== "object" || config === null || Array.isArray(config))
        throw new usage_error_1.UsageError(`${file}: 'config' must be a mapping`);
    return config;
}
function text(value, what, file) {
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
        return String(value);
    throw new usage_error_1.UsageError(`${what} in ${file} must be plain text (secrets and objects cannot be topology values)`);
}
function environmentOf(value, file) {
    if (value === undefined)
        return "development";
    if (model_1.ENVIRONMENTS.includes(value))
        return value;
    throw new usage_error_1.UsageError(`${exports.CONFIG_NAMESPACE}:environment in ${file} is '${String(value)}'; use one of ${model_1.ENVIRONMENTS.join(", ")}`);
}
function readStackSettings(projectDir, stack) {
    const file = stackFileName(projectDir, stack);
    const config = readConfig(file);
    const vars = config[`${exports.CONFIG_NAMESPACE}:vars`] ?? {};
    if (typeof vars !== "object" || vars === null || Array.isArray(vars))
        throw new usage_error_1.UsageError(`${exports.CONFIG_NAMESPACE}:vars in ${file} must be a mapping of names to values`);
    const settings = {
        stack,
        environment: environmentOf(config[`${exports.CONFIG_NAMESPACE}:environment`], file),
        vars: Object.fromEntries(Object.entries(vars).map(([name, value]) => [name, text(value, `${exports.CONFIG_NAMESPACE}:vars.${name}`, file)])),
    };
    const domain = config["auth0:domain"];
    if (domain !== undefined)
        settings.domain = text(domain, "auth0:domain", file);
    return settings;
}
//# sourceMappingURL=stack.js.map