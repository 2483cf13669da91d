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
// `topology graph`: who calls what, as Mermaid or Graphviz DOT.
const fs = __importStar(require("node:fs"));
const commander_1 = require("commander");
const dot_1 = require("../graph/dot");
const graph_1 = require("../graph/graph");
const mermaid_1 = require("../graph/mermaid");
const model_input_1 = require("./model-input");
const usage_error_1 = require("./usage-error");
function register(program) {
    program
        .command("graph")
        .description("Draw apps -> APIs (solid: on behalf of users, dashed: machine access, labelled with scopes), APIs -> APIs they call, roles -> APIs.")
        .argument("[file]", "the topology file", model_input_1.DEFAULT_FILE)
        .option("--stack <stack>", "stack whose variables apply")
        .addOption(new commander_1.Option("--format <format>", "output format").choices(["mermaid", "dot"]).default("mermaid"))
        .action((file, options) => (0, model_input_1.reportingInputErrors)(() => {
        if (!fs.existsSync(file))
            throw new usage_error_1.UsageError(`${file} does not exist`);
        const graph = (0, graph_1.graphOf)((0, model_input_1.checkedModel)({ file, stack: options.stack }, file).model);
        process.stdout.write(options.format === "dot" ? (0, dot_1.toDot)(graph) : (0, mermaid_1.toMermaid)(graph));
    }));
}
//# sourceMappingURL=graph.js.map