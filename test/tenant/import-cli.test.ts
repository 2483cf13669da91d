// `topology import` and `topology audit` end to end, in-process: the files import writes, the
// import file against what the program registers, and audit's findings located in the export.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runProgramUnderMocks } from "../../topology/build/mock-run";
import type { ImportFile } from "../../topology/tenant/import-ids";
import { liveCredentials } from "../../topology/cli/tenant-input";
import { runCli } from "../support/cli";
import { DUMP, YAML_CONFIG, YAML_EXPORT } from "./fixtures";

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "import-"));

describe("topology import of a Management API dump", () => {
    const dir = tmp();
    const out = path.join(dir, "topology.yaml");
    let run: Awaited<ReturnType<typeof runCli>>;
    beforeAll(async () => {
        run = await runCli("import", DUMP, "--out", out, "--stack", "dev", "--import-file", path.join(dir, "import.json"), "--report", path.join(dir, "report.json"));
    });

    it("writes a topology that checks clean, with its stack settings", async () => {
        expect(run.code).toBe(0);
        expect(run.stderr).toContain("imported 2 API(s), 0 external API(s), 5 app(s), 5 grant(s), 2 role(s)");
        expect(fs.readFileSync(path.join(dir, "Pulumi.dev.yaml"), "utf8")).toContain("auth0:domain: acme-dev.eu.auth0.com");
        const check = await runCli("check", out, "--stack", "dev", "--format", "json");
        expect(check.code).toBe(0);
        expect(JSON.parse(check.stdout).summary.errors).toBe(0);
    });

    it("writes an import file that adopts every resource the program registers, with the tenant's ids", async () => {
        const file = JSON.parse(fs.readFileSync(path.join(dir, "import.json"), "utf8")) as ImportFile;
        const registered = await runProgramUnderMocks({ topologyFile: out, stack: "dev", config: { "auth0:domain": "acme-dev.eu.auth0.com" } });
        const byUrn = new Map(registered.map((r) => [r.urn, r]));
        const parentName = (urn: string) => (byUrn.get(urn)!.type === "pulumi:pulumi:Stack" ? "(stack)" : byUrn.get(urn)!.name);
        const planned = registered.filter((r) => r.parent !== undefined).map((r) => `${r.type} ${r.name} < ${parentName(r.parent!)}`);
        const entries = new Map(file.resources.map((e) => [e.name, e]));
        const imported = file.resources.map((e) => `${e.type} ${e.logicalName} < ${e.parent === undefined ? "(stack)" : entries.get(e.parent)!.logicalName}`);
        expect(imported.sort()).toEqual(planned.sort());
        const id = (type: string, name: string) => file.resources.find((e) => e.type.endsWith(`:${type}`) && e.logicalName === name)?.id;
        expect(id("ResourceServer", "catalog-api")).toBe("5f0000000000000000000002");
        expect(id("ResourceServerScopes", "catalog-api")).toBe("https://catalog.acme.test");
        expect(id("Client", "storefront")).toBe("sToReFrOnT0000000000000000000001");
        expect(id("ClientCredentials", "storefront")).toBe("sToReFrOnT0000000000000000000001");
        expect(id("ClientGrant", "back-office/catalog-api/user")).toBe("cgr_Us3rBackOffice02");
        expect(id("ClientGrant", "back-office/catalog-api/client")).toBe("cgr_M2mBackOffice003");
        expect(id("ClientGrant", "stock-sync/auth0-management/client")).toBe("cgr_SyncMgmt0000005");
        expect(id("RolePermissions", "viewer")).toBe("rol_V13werXyZ4eF5gH6");
        expect(file.resources.filter((e) => e.component !== true).every((e) => e.id !== undefined)).toBe(true);
        const ids = file.resources.map((e) => e.id);
        for (const system of ["gLoBaLcLiEnT0000000000000000000a", "5f0000000000000000000001", "cgr_DefaultFor00006", "cAtAlOgRs000000000000000000000006"]) expect(ids).not.toContain(system);
    });

    it("reports what it skipped and what the first pulumi up changes", () => {
        const report = JSON.parse(fs.readFileSync(path.join(dir, "report.json"), "utf8"));
        expect(report.notes.skipped.map((n: { subject: string }) => n.subject)).toContain("client 'All Applications'");
        const storefront = report.changes.find((c: { path: string }) => c.path === "apps.storefront");
        expect(storefront.fields.map((f: { field: string }) => f.field)).toContain("grant types");
    });

    it("refuses to overwrite without --force", async () => {
        const again = await runCli("import", DUMP, "--out", out);
        expect(again.code).toBe(2);
        expect(again.stderr).toContain("already exist");
        expect((await runCli("import", DUMP, "--out", out, "--force")).code).toBe(0);
    });
});

describe("topology import of a deploy-cli YAML export", () => {
    it("writes keywords as variables with the deploy config's values, and refuses an import file without ids", async () => {
        const dir = tmp();
        const out = path.join(dir, "topology.yaml");
        const run = await runCli("import", YAML_EXPORT, "--deploy-config", YAML_CONFIG, "--out", out, "--stack", "dev");
        expect(run.code).toBe(0);
        expect(fs.readFileSync(out, "utf8")).toContain("identifier: ${catalogAudience}");
        expect(fs.readFileSync(path.join(dir, "Pulumi.dev.yaml"), "utf8")).toContain("catalogAudience: https://catalog.acme.test");
        const noIds = await runCli("import", YAML_EXPORT, "--deploy-config", YAML_CONFIG, "--out", out, "--stack", "dev", "--force", "--import-file", path.join(dir, "i.json"));
        expect(noIds.code).toBe(2);
        expect(noIds.stderr).toContain("deploy-cli exports carry no ids");
    });
});

describe("the live source", () => {
    it("takes credentials from the environment, else from the stack's plain auth0:* settings, and says which are missing", () => {
        const dir = tmp();
        const stackFile = path.join(dir, "Pulumi.dev.yaml");
        fs.writeFileSync(stackFile, "config:\n  auth0:domain: acme-dev.eu.auth0.com\n  auth0:clientId: fromStack\n  auth0:clientSecret:\n    secure: AAABAEncrypted\n");
        expect(() => liveCredentials({}, stackFile)).toThrow(/needs AUTH0_CLIENT_SECRET: /);
        expect(liveCredentials({ AUTH0_CLIENT_SECRET: "s", AUTH0_CLIENT_ID: "" }, stackFile)).toEqual({ domain: "acme-dev.eu.auth0.com", clientId: "fromStack", clientSecret: "s" });
        expect(liveCredentials({ AUTH0_DOMAIN: "other.auth0.com", AUTH0_CLIENT_ID: "env", AUTH0_CLIENT_SECRET: "s" }, stackFile).domain).toBe("other.auth0.com");
    });
});

describe("topology audit", () => {
    it("runs the catalog on the tenant as it is, with findings located in the export", async () => {
        const run = await runCli("audit", YAML_EXPORT, "--deploy-config", YAML_CONFIG, "--format", "json");
        const findings = JSON.parse(run.stdout).findings as Array<{ rule: string; path: string; file: string; line: number }>;
        const allowAll = findings.find((f) => f.rule === "user-access-allow-all")!;
        expect(allowAll.path).toBe("apis.stock-api");
        expect(fs.readFileSync(allowAll.file, "utf8").split("\n")[allowAll.line - 1]).toContain("name: Stock API");
        // The tenant as it is: the implicit grant the design would drop is still there.
        expect(findings.map((f) => f.rule)).toEqual(expect.arrayContaining(["user-access-allow-all"]));
        const sarif = await runCli("audit", DUMP, "--format", "sarif");
        expect(JSON.parse(sarif.stdout).runs[0].results.length).toBeGreaterThan(0);
        expect((await runCli("audit", "/nonexistent")).code).toBe(2);
    });
});
