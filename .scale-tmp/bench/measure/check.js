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
exports.measureCheck = measureCheck;
exports.measureYamlFloor = measureYamlFloor;
// `check` on a topology file against the floor: parsing the same text with the project's YAML
// library. Both read the text first and time only the work on it.
const fs = __importStar(require("node:fs"));
const yaml_1 = require("yaml");
const run_1 = require("../../policies/src/run");
const check_1 = require("../../topology/check");
const timing_1 = require("../timing");
async function measureCheck(file, runs) {
    const text = fs.readFileSync(file, "utf8");
    let findings = [];
    const timing = await (0, timing_1.timeRuns)(runs, () => {
        findings = (0, check_1.checkTopology)({ file, text }).findings;
    });
    const { errors, warnings } = (0, run_1.summarize)(findings);
    const error = findings.find((f) => f.severity === "error" && f.waived === undefined);
    const result = { timing, peakRssMb: (0, timing_1.peakRssMb)(), errors, warnings };
    if (error !== undefined)
        result.firstError = `${error.rule} at ${error.path}: ${error.message}`;
    return result;
}
async function measureYamlFloor(file, runs) {
    const text = fs.readFileSync(file, "utf8");
    const timing = await (0, timing_1.timeRuns)(runs, () => (0, yaml_1.parse)(text));
    return { timing, peakRssMb: (0, timing_1.peakRssMb)() };
}
//# sourceMappingURL=check.js.map