// The flags every command that loads a topology shares: --stack, --environment, --var.
import { InvalidArgumentError, Option, type Command } from "commander";
import { ENVIRONMENTS, type Environment } from "../../policies/src/model";
import { VARIABLE_NAME } from "../load/variables";

export interface LoadFlags {
    stack?: string;
    environment?: Environment;
    var: Record<string, string>;
}

/** Collects repeated `--var name=value` flags. */
export function collectVar(entry: string, vars: Record<string, string>): Record<string, string> {
    const eq = entry.indexOf("=");
    const name = entry.slice(0, Math.max(eq, 0));
    if (eq <= 0) throw new InvalidArgumentError(`write it as name=value, not '${entry}'`);
    if (!VARIABLE_NAME.test(name)) throw new InvalidArgumentError(`'${name}' is not a variable name (letters, digits, '_' and '-', starting with a letter or '_')`);
    return { ...vars, [name]: entry.slice(eq + 1) };
}

/** `defaultStack`: for commands that need a stack, as the Pulumi program does. */
export function addLoadFlags(command: Command, defaultStack?: string): Command {
    return command
        .option("--stack <name>", "the stack whose Pulumi.<name>.yaml (beside the file) gives auth0:domain, the environment and variables", defaultStack)
        .addOption(new Option("--environment <environment>", "override the stack's environment").choices(ENVIRONMENTS))
        .option("--var <name=value>", "set the value of a ${name} variable, over the stack's (repeatable)", collectVar, {});
}
