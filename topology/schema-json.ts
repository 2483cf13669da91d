// The editor JSON Schema of topology.yaml, generated from the zod schema so that it never drifts:
// `npm run schema` rewrites topology/topology.schema.json, and a test fails when it is stale.
import * as fs from "node:fs";
import * as path from "node:path";
import * as z from "zod";
import { TopologySchema } from "./schema";

/** Relative to the project root, where `npm run schema` runs. */
export const JSON_SCHEMA_FILE = path.join("topology", "topology.schema.json");

/** Input shapes: fields with defaults are optional to write. */
export function topologyJsonSchema(): string {
    return `${JSON.stringify(z.toJSONSchema(TopologySchema, { io: "input" }), null, 2)}\n`;
}

if (require.main === module) {
    fs.writeFileSync(JSON_SCHEMA_FILE, topologyJsonSchema());
    process.stdout.write(`wrote ${JSON_SCHEMA_FILE}\n`);
}
