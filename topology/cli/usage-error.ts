/** A mistake in how the command was called (missing file, bad flag value): exit code 2. */
export class UsageError extends Error {
    override name = "UsageError";
}
