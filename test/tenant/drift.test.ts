// `topology drift`: the imported design against its tenant is no drift; an edit in the
// "dashboard" (here: the dump) shows with diff's labels; pairing is by identity, not by key.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCli } from "../support/cli";
import { DUMP, YAML_CONFIG, YAML_EXPORT } from "./fixtures";

interface DriftJson {
    drift: { changes: Array<{ kind: string; path: string; risks: Array<{ risk: string }> }> };
    unexpressed: { changes: Array<{ path: string }> };
}

describe("topology drift", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "drift-"));
    const design = path.join(dir, "topology.yaml");
    const drift = async (source: string, ...more: string[]) => {
        const run = await runCli("drift", source, design, "--stack", "dev", "--format", "json", ...more);
        return { code: run.code, json: JSON.parse(run.stdout) as DriftJson };
    };

    beforeAll(async () => {
        expect((await runCli("import", DUMP, "--out", design, "--stack", "dev")).code).toBe(0);
    });

    it("finds none against the tenant the design was imported from, from either of its sources", async () => {
        const fromDump = await drift(DUMP);
        expect(fromDump.json.drift.changes).toEqual([]);
        expect(fromDump.code).toBe(0);
        // The settings the topology does not express are listed apart: the next pulumi up resets them.
        expect(fromDump.json.unexpressed.changes.map((c) => c.path)).toContain("apps.storefront");
        const fromYaml = await drift(YAML_EXPORT, "--deploy-config", YAML_CONFIG);
        expect(fromYaml.json.drift.changes).toEqual([]);
    });

    it("reports a scope added to a grant in the dashboard as widening access", async () => {
        const edited = path.join(dir, "edited");
        fs.cpSync(DUMP, edited, { recursive: true });
        const file = path.join(edited, "client-grants.json");
        const grants = JSON.parse(fs.readFileSync(file, "utf8"));
        grants.client_grants.find((g: { id: string }) => g.id === "cgr_M2mBackOffice003").scope.push("write:products");
        fs.writeFileSync(file, JSON.stringify(grants, null, 2));
        const { code, json } = await drift(edited);
        expect(code).toBe(1);
        expect(json.drift.changes).toEqual([expect.objectContaining({ kind: "grant", path: "apps.back-office.machineAccess.catalog-api", risks: [expect.objectContaining({ risk: "widens-access" })] })]);
        const markdown = await runCli("drift", edited, design, "--stack", "dev");
        expect(markdown.stdout).toContain("**widens access**");
    });

    it("pairs the tenant's objects with the design's by identity, whatever their keys", async () => {
        const renamed = path.join(dir, "renamed.yaml");
        fs.writeFileSync(renamed, fs.readFileSync(design, "utf8").replace(/^  back-office:/m, "  admin:").replace(/^  stock-api:/m, "  inventory:").replaceAll("stock-api:", "inventory:"));
        const run = await runCli("drift", DUMP, renamed, "--stack", "dev", "--format", "json");
        expect(JSON.parse(run.stdout).drift.changes).toEqual([]);
        expect(run.code).toBe(0);
    });
});
