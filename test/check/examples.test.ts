// The example topologies are coherent, and the committed editor JSON Schema matches the zod schema.
import * as fs from "node:fs";
import * as path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { parse } from "yaml";
import { checkTopology } from "../../topology/check";
import { JSON_SCHEMA_FILE, topologyJsonSchema } from "../../topology/schema-json";

const ROOT = path.join(__dirname, "../..");
const EXAMPLES = [
    ["topology.yaml", "dev"],
    ["topology.yaml", "prod"],
    ...fs
        .readdirSync(path.join(ROOT, "examples"))
        .filter((f) => f.endsWith(".yaml") && !f.startsWith("Pulumi."))
        .flatMap((f) => ["dev", "prod"].map((stack) => [`examples/${f}`, stack])),
];

describe.each(EXAMPLES)("%s on stack %s", (file, stack) => {
    it("checks without errors or warnings", () => {
        const { model, findings } = checkTopology({ file: path.join(ROOT, file), stack });
        expect(model).toBeDefined();
        expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
    });
});

describe("topology.schema.json", () => {
    const committed = fs.readFileSync(path.join(ROOT, JSON_SCHEMA_FILE), "utf8");

    it("is the one generated from the zod schema (run `npm run build && npm run schema` when this fails)", () => {
        expect(committed).toBe(topologyJsonSchema());
    });

    it("accepts every example as written and rejects an unknown key", () => {
        const validate = new Ajv2020({ allErrors: true }).compile(JSON.parse(committed));
        for (const [file] of EXAMPLES) {
            expect({ file, valid: validate(parse(fs.readFileSync(path.join(ROOT, file), "utf8"))), errors: validate.errors }).toMatchObject({ valid: true });
        }
        expect(validate({ version: 1, apps: { shop: { type: "spa", calback: [] } } })).toBe(false);
        expect(validate({ version: 1, apps: { shop: { type: "sap" } } })).toBe(false);
    });
});
