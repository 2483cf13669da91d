// The `topology` command line. Each command lives in its own module and registers itself here.
// Exit codes: 0 no error, 1 the topology (or plan) has errors, 2 usage errors.
import { Command, CommanderError } from "commander";
import * as check from "./check";
import * as plan from "./plan";
import * as config from "./config";
import * as diff from "./diff";
import * as graph from "./graph";
import * as rules from "./rules";
import { STACK_RULE } from "./load-flags";
import * as audit from "./audit";
import * as drift from "./drift";
import * as importCommand from "./import";
import { UsageError } from "../usage-error";

const COMMANDS: ReadonlyArray<(program: Command) => void> = [check.register, plan.register, diff.register, graph.register, config.register, rules.register, importCommand.register, drift.register, audit.register];

const EXAMPLES = `
Examples:
  $ topology check                               ./topology.yaml (with Pulumi.dev.yaml when it is there)
  $ topology plan --stack prod                   offline preview: resources, policy pack results
  $ topology diff --base origin/main             what a change does, as a PR comment
  $ topology check --help                        a command's flags, examples and exit codes

Exit codes: 0 no error, 1 the topology (or plan) has errors or does not load, 2 usage error, 3 internal error.

${STACK_RULE}`;

export async function main(argv: readonly string[]): Promise<number> {
    const program = new Command("topology")
        .description("Design an Auth0 tenant as code: check, plan and review a topology.yaml.")
        .showHelpAfterError("(run with --help for usage)")
        .addHelpText("after", EXAMPLES)
        .exitOverride();
    for (const register of COMMANDS) register(program);
    program.commands.forEach((c) => c.exitOverride());
    try {
        await program.parseAsync(argv as string[], { from: "user" });
        const code = process.exitCode === undefined ? 0 : Number(process.exitCode);
        // Returned, not left behind: main() also runs in-process (tests), where it would leak.
        process.exitCode = undefined;
        return code;
    } catch (err) {
        if (err instanceof CommanderError) {
            return err.exitCode === 0 ? 0 : 2;
        }
        if (err instanceof UsageError) {
            process.stderr.write(`topology: ${err.message}\n`);
            return 2;
        }
        throw err;
    }
}

/**
 * Resolves once everything written to `stream` so far has been handed to the system. Writes to a
 * pipe are asynchronous: exiting with more than the pipe's buffer (64 KiB) pending would cut the
 * output. A reader that went away (`| head`) ends the wait too.
 */
export function flushed(stream: NodeJS.WriteStream): Promise<void> {
    return new Promise((resolve) => {
        if (stream.destroyed || stream.writableLength === 0) return resolve();
        stream.once("error", () => resolve());
        stream.write("", () => resolve());
    });
}

async function exitAfterFlush(code: number): Promise<never> {
    await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
    process.exit(code);
}

/** Runs `topology ARGV` as the process: exits with its code once the output is flushed. */
export function runAsCli(argv: readonly string[]): void {
    // A closed pipe (EPIPE) is the reader's choice, not an error of this command.
    for (const stream of [process.stdout, process.stderr]) stream.on("error", () => undefined);
    main(argv).then(exitAfterFlush, (err: unknown) => {
        // A bug, not a user error: say so in one line, with the stack only on request.
        const message = err instanceof Error ? err.message : String(err);
        process.stderr.write(`topology: internal error: ${message}\n`);
        if (process.env.TOPOLOGY_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
        return exitAfterFlush(3);
    });
}

if (require.main === module) runAsCli(process.argv.slice(2));
