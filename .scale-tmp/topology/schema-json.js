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
exports.JSON_SCHEMA_FILE = void 0;
exports.topologyJsonSchema = topologyJsonSchema;
// The editor JSON Schema of topology.yaml, generated from the zod schema so that it never drifts:
// `npm run schema` rewrites topology/topology.schema.json, and a test fails when it is stale.
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const zod_1 = require("zod");
const schema_1 = require("./schema");
/** Relative to the project root, where `npm run schema` runs. */
exports.JSON_SCHEMA_FILE = path.join("topology", "topology.schema.json");
/** Input shapes: fields with defaults are optional to write. */
function topologyJsonSchema() {
    return `${JSON.stringify(zod_1.z.toJSONSchema(schema_1.TopologySchema, { io: "input" }), null, 2)}\n`;
}
if (require.main === module) {
    fs.writeFileSync(exports.JSON_SCHEMA_FILE, topologyJsonSchema());
    process.stdout.write(`wrote ${exports.JSON_SCHEMA_FILE}\n`);
}
//# sourceMappingURL=schema-json.js.map