// Stack names as Pulumi accepts them. Source: pulumi/pulumi pkg/backend/diy/backend.go,
// validateStackName (stackNameAndProjectRegexp `^[A-Za-z0-9_.-]{1,100}$`, "stack names may not
// contain slashes"), the same rule the Pulumi Cloud backend applies to a stack's own name. A
// name that passes cannot leave the project directory as part of Pulumi.<stack>.yaml.
import { UsageError } from "./usage-error";

export const STACK_NAME = /^[A-Za-z0-9_.-]{1,100}$/;

export function checkStackName(stack: string): void {
    if (STACK_NAME.test(stack) && stack !== "." && stack !== "..") return;
    const shown = JSON.stringify(stack.length > 60 ? `${stack.slice(0, 60)}…` : stack);
    throw new UsageError(`--stack ${shown} is not a stack name: Pulumi stack names are 1 to 100 letters, digits, '-', '_' and '.' (no '/')`);
}
