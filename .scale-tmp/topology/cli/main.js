#!/usr/bin/env node
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
exports.main = main;
// The `topology` command line. Each command lives in its own module and registers itself here.
// Exit codes: 0 no error, 1 the topology (or plan) has errors, 2 usage errors.
const commander_1 = require("commander");
const check = __importStar(require("./check"));
const plan = __importStar(require("./plan"));
const config = __importStar(require("./config"));
const diff = __importStar(require("./diff"));
const graph = __importStar(require("./graph"));
const usage_error_1 = require("./usage-error");
const COMMANDS = [check.register, plan.register, diff.register, graph.register, config.register];
async function main(argv) {
    const program = new commander_1.Command("topology")
        .description("Design an Auth0 tenant as code: check, plan and review a topology.yaml.")
        .showHelpAfterError("(run with --help for usage)")
        .exitOverride();
    for (const register of COMMANDS)
        register(program);
    program.commands.forEach((c) => c.exitOverride());
    try {
        await program.parseAsync(argv, { from: "user" });
        const code = process.exitCode === undefined ? 0 : Number(process.exitCode);
        // Returned, not left behind: main() also runs in-process (tests), where it would leak.
        process.exitCode = undefined;
        return code;
    }
    catch (err) {
        if (err instanceof commander_1.CommanderError) {
            return err.exitCode === 0 ? 0 : 2;
        }
        if (err instanceof usage_error_1.UsageError) {
            process.stderr.write(`topology: ${err.message}\n`);
            return 2;
        }
        throw err;
    }
}
if (require.main === module) {
    main(process.argv.slice(2)).then((code) => process.exit(code), (err) => {
        // A bug, not a user error: say so in one line, with the stack only on request.
        const message = err instanceof Error ? err.message : String(err);
        process.stderr.write(`topology: internal error: ${message}\n`);
        if (process.env.TOPOLOGY_DEBUG && err instanceof Error)
            process.stderr.write(`${err.stack}\n`);
        process.exit(3);
    });
}
//# sourceMappingURL=main.js.map