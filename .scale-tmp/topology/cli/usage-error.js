"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.UsageError = void 0;
/** A mistake in how the command was called (missing file, bad flag value): exit code 2. */
class UsageError extends Error {
    name = "UsageError";
}
exports.UsageError = UsageError;
//# sourceMappingURL=usage-error.js.map