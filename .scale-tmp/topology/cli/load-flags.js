"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.collectVar = collectVar;
exports.addLoadFlags = addLoadFlags;
// The flags every command that loads a topology shares: --stack, --environment, --var.
const commander_1 = require("commander");
const model_1 = require("../../policies/src/model");
const variables_1 = require("../load/variables");
/** Collects repeated `--var name=value` flags. */
function collectVar(entry, vars) {
    const eq = entry.indexOf("=");
    const name = entry.slice(0, Math.max(eq, 0));
    if (eq <= 0)
        throw new commander_1.InvalidArgumentError(`write it as name=value, not '${entry}'`);
    if (!variables_1.VARIABLE_NAME.test(name))
        throw new commander_1.InvalidArgumentError(`'${name}' is not a variable name (letters, digits, '_' and '-', starting with a letter or '_')`);
    return { ...vars, [name]: entry.slice(eq + 1) };
}
function addLoadFlags(command) {
    return command
        .option("--stack <name>", "the stack whose Pulumi.<name>.yaml (beside the file) gives auth0:domain, the environment and variables")
        .addOption(new commander_1.Option("--environment <environment>", "override the stack's environment").choices(model_1.ENVIRONMENTS))
        .option("--var <name=value>", "set the value of a ${name} variable, over the stack's (repeatable)", collectVar, {});
}
//# sourceMappingURL=load-flags.js.map