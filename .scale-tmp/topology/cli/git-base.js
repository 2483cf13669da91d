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
exports.readAtRef = readAtRef;
// Reads the topology file as it was at a git ref (`git show REF:./file`), for `diff --base`.
const node_child_process_1 = require("node:child_process");
const path = __importStar(require("node:path"));
const usage_error_1 = require("./usage-error");
/** The file's text at `ref`, or undefined when the file did not exist there (a first topology). */
function readAtRef(file, ref) {
    const absolute = path.resolve(file);
    try {
        return (0, node_child_process_1.execFileSync)("git", ["show", `${ref}:./${path.basename(absolute)}`], {
            cwd: path.dirname(absolute),
            encoding: "utf8",
            stdio: ["ignore", "pipe", "pipe"],
            maxBuffer: 64 * 1024 * 1024,
        });
    }
    catch (err) {
        const stderr = String(err.stderr ?? "");
        if (err.code === "ENOENT")
            throw new usage_error_1.UsageError("--base needs git, which is not installed; use --base-file FILE instead");
        if (/not a git repository/i.test(stderr))
            throw new usage_error_1.UsageError(`--base needs a git repository, and ${path.dirname(absolute)} is not in one; use --base-file FILE instead`);
        if (/does not exist in|exists on disk, but not in/i.test(stderr))
            return undefined;
        if (/invalid object name|unknown revision|bad revision|ambiguous argument/i.test(stderr)) {
            throw new usage_error_1.UsageError(`git ref '${ref}' was not found; fetch it first (for example: git fetch origin ${ref.replace(/^origin\//, "")}) or pass --base-file FILE`);
        }
        throw new usage_error_1.UsageError(`git show ${ref}:${path.basename(absolute)} failed: ${stderr.trim() || String(err)}`);
    }
}
//# sourceMappingURL=git-base.js.map