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
exports.runMeasurement = runMeasurement;
// Runs one measurement in a child process and reads its JSON answer; the child's progress and
// errors go straight to this process's stderr.
const node_child_process_1 = require("node:child_process");
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const CHILD = path.join(__dirname, "child.js");
/**
 * Pulumi keeps every output's promises of a preview alive (about 0.5 MB per auth0.Client), more than
 * Node's default heap holds at tens of thousands of resources: give the child most of the machine.
 */
const HEAP_MB = Math.floor((os.totalmem() / 2 ** 20) * 0.75);
function runMeasurement(spec) {
    return new Promise((resolve, reject) => {
        const child = (0, node_child_process_1.spawn)(process.execPath, [`--max-old-space-size=${HEAP_MB}`, CHILD, JSON.stringify(spec)], { stdio: ["ignore", "pipe", "inherit"] });
        let stdout = "";
        child.stdout.on("data", (chunk) => (stdout += chunk.toString()));
        child.on("error", reject);
        child.on("exit", (code, signal) => {
            if (code === 0)
                resolve(JSON.parse(stdout));
            else
                reject(new Error(`the ${spec.kind} measurement failed (${signal ?? `exit code ${code}`})`));
        });
    });
}
//# sourceMappingURL=spawn.js.map