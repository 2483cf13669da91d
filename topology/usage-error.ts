/**
 * A mistake in how a command was called (missing file, bad flag value, unknown stack): the CLI
 * prints its message as one line and exits with code 2. It lives below the loader, which throws
 * it, and the CLI, which reports it.
 */
export class UsageError extends Error {
    override name = "UsageError";
}
