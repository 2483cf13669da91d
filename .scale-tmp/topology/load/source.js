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
exports.givenSource = givenSource;
exports.readSource = readSource;
// Reading the topology file as text: a missing file is the caller's mistake (usage error); a file
// that is too large, binary or not UTF-8 is a finding about the file.
const fs = __importStar(require("node:fs"));
const loader_1 = require("../../policies/src/rules/references/loader");
const usage_error_1 = require("../cli/usage-error");
const finding_1 = require("./finding");
const limits_1 = require("./limits");
const atStart = (file) => ({ path: "", file, line: 1, column: 1 });
function tooLarge(file, bytes) {
    const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return (0, finding_1.loaderFinding)(loader_1.yamlSyntax.meta.id, atStart(file), `the file has ${mb(bytes)}, more than the ${mb(limits_1.LIMITS.fileBytes)} a topology may have`, "split the design or remove generated content");
}
function fileSize(file) {
    try {
        const stat = fs.statSync(file);
        if (stat.isDirectory())
            throw new usage_error_1.UsageError(`${file} is a directory, not a topology file`);
        return stat.size;
    }
    catch (err) {
        if (err instanceof usage_error_1.UsageError)
            throw err;
        const code = err.code;
        if (code === "ENOENT")
            throw new usage_error_1.UsageError(`${file} does not exist; pass the topology file (default: topology.yaml in the current directory)`);
        throw new usage_error_1.UsageError(`cannot read ${file}: ${err.message}`);
    }
}
/** Text that is a plausible YAML source, or the finding that says why not. */
function checkText(text, file) {
    const bytes = Buffer.byteLength(text, "utf8");
    if (bytes > limits_1.LIMITS.fileBytes)
        return tooLarge(file, bytes);
    const nul = text.indexOf("\0");
    if (nul >= 0) {
        const line = text.slice(0, nul).split("\n").length;
        return (0, finding_1.loaderFinding)(loader_1.yamlSyntax.meta.id, { path: "", file, line, column: 1 }, "the file is binary (it contains NUL bytes), not YAML text", "pass the topology YAML file");
    }
    return undefined;
}
/** Text given in place of the file's, or the finding that stops loading it. */
function givenSource(text, file) {
    const finding = checkText(text, file);
    return finding === undefined ? { text } : { finding };
}
/** The file's text, or the finding that stops loading it. */
function readSource(file) {
    const size = fileSize(file);
    if (size > limits_1.LIMITS.fileBytes)
        return { finding: tooLarge(file, size) };
    const bytes = fs.readFileSync(file);
    let text;
    try {
        text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    }
    catch {
        return { finding: (0, finding_1.loaderFinding)(loader_1.yamlSyntax.meta.id, atStart(file), "the file is not UTF-8 text (is it a binary file?)", "save the topology as UTF-8 text") };
    }
    return givenSource(text, file);
}
//# sourceMappingURL=source.js.map