// The flags every command that loads a topology shares: --stack, --environment, --var, and the one
// rule by which check, plan and the review commands choose a stack when --stack is not given.
import * as fs from "node:fs";
import * as path from "node:path";
import { InvalidArgumentError, Option, type Command } from "commander";
import { ENVIRONMENTS, type Environment } from "../../policies/src/model";
import { VARIABLE_NAME } from "../load/variables";
import { DEFAULT_STACK, stackFileName } from "../stack";
import { DEFAULT_FILE } from "./model-input";

export interface LoadFlags {
    stack?: string;
    environment?: Environment;
    var: Record<string, string>;
}

export const STACK_RULE = `Stack: --stack NAME reads Pulumi.NAME.yaml beside the topology file (auth0:domain, environment,
variables). Without --stack, Pulumi.${DEFAULT_STACK}.yaml is used when it is there; otherwise no stack is
selected: development rules, variables from --var only.`;

/** Collects repeated `--var name=value` flags. */
export function collectVar(entry: string, vars: Record<string, string>): Record<string, string> {
    const eq = entry.indexOf("=");
    const name = entry.slice(0, Math.max(eq, 0));
    if (eq <= 0) throw new InvalidArgumentError(`write it as name=value, not '${entry}'`);
    if (!VARIABLE_NAME.test(name)) throw new InvalidArgumentError(`'${name}' is not a variable name (letters, digits, '_' and '-', starting with a letter or '_')`);
    return { ...vars, [name]: entry.slice(eq + 1) };
}

/** STACK_RULE: the stack for a topology file, given the --stack flag (undefined: none). */
export function chooseStack(file: string, flag: string | undefined): string | undefined {
    if (flag !== undefined) return flag;
    return fs.existsSync(stackFileName(path.dirname(path.resolve(file)), DEFAULT_STACK)) ? DEFAULT_STACK : undefined;
}

/** Adds the flags and STACK_RULE to the help; before the action runs, --stack is set by STACK_RULE from the command's [file] argument. */
export function addLoadFlags(command: Command): Command {
    return command
        .option("--stack <name>", `the stack whose Pulumi.<name>.yaml (beside the file) gives auth0:domain, the environment and variables (default: ${DEFAULT_STACK} when Pulumi.${DEFAULT_STACK}.yaml is there)`)
        .addOption(new Option("--environment <environment>", "override the stack's environment").choices(ENVIRONMENTS))
        .option("--var <name=value>", "set the value of a ${name} variable, over the stack's (repeatable)", collectVar, {})
        .addHelpText("afterAll", `\n${STACK_RULE}`)
        .hook("preAction", (self) => {
            const file = String(self.processedArgs[0] ?? DEFAULT_FILE);
            self.setOptionValue("stack", chooseStack(file, self.getOptionValue("stack") as string | undefined));
        });
}
