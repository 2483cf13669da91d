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
exports.register = register;
// `topology diff`: what a change to the topology does to the tenant, as a PR comment or JSON.
const fs = __importStar(require("node:fs"));
const commander_1 = require("commander");
const change_graph_1 = require("../diff/change-graph");
const diff_1 = require("../diff/diff");
const json_1 = require("../diff/json");
const markdown_1 = require("../diff/markdown");
const mermaid_1 = require("../graph/mermaid");
const git_base_1 = require("./git-base");
const model_input_1 = require("./model-input");
const usage_error_1 = require("./usage-error");
/** A topology with nothing in it: the base of a repository's first topology file. */
const EMPTY_TOPOLOGY = "version: 1\n";
function baseText(file, options) {
    if ((options.base === undefined) === (options.baseFile === undefined))
        throw new usage_error_1.UsageError("pass exactly one of --base GITREF or --base-file FILE");
    if (options.baseFile !== undefined) {
        if (!fs.existsSync(options.baseFile))
            throw new usage_error_1.UsageError(`--base-file ${options.baseFile} does not exist`);
        return fs.readFileSync(options.baseFile, "utf8");
    }
    return (0, git_base_1.readAtRef)(file, options.base) ?? EMPTY_TOPOLOGY;
}
function register(program) {
    program
        .command("diff")
        .description("Show what a change to the topology does: added, removed and changed APIs, scopes, apps, grants and roles, labelled replaces / widens access / breaks callers / deletes.")
        .argument("[file]", "the topology file (the new version)", model_input_1.DEFAULT_FILE)
        .option("--base <gitref>", "compare with the file at this git ref, for example origin/main")
        .option("--base-file <file>", "compare with this file instead of a git ref")
        .option("--stack <stack>", "stack whose settings and variables apply to both versions")
        .addOption(new commander_1.Option("--format <format>", "output format").choices(["markdown", "json"]).default("markdown"))
        .action((file, options) => (0, model_input_1.reportingInputErrors)(() => {
        if (!fs.existsSync(file))
            throw new usage_error_1.UsageError(`${file} does not exist`);
        const text = baseText(file, options);
        const base = (0, model_input_1.checkedModel)({ file: options.baseFile ?? file, text, stack: options.stack }, `the base version (${options.base ?? options.baseFile})`);
        const head = (0, model_input_1.checkedModel)({ file, stack: options.stack }, file);
        const changeSet = (0, diff_1.diffModels)({ base: base.model, head: head.model, baseFindings: base.findings, headFindings: head.findings });
        const graph = (0, change_graph_1.changeGraph)(base.model, head.model, changeSet.changes);
        const output = options.format === "json"
            ? (0, json_1.toJson)(changeSet, graph)
            : (0, markdown_1.toMarkdown)(changeSet, { file, ...(graph.edges.length + graph.nodes.length > 0 ? { mermaid: (0, mermaid_1.toMermaid)(graph) } : {}) });
        process.stdout.write(output);
    }));
}
//# sourceMappingURL=diff.js.map