// Reading the three offline formats and adopting what they hold: keys, system objects by their
// flags, Auth0's legacy user policy, grants per subject type, dangling references, located errors.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { adopt } from "../../topology/tenant/adopt";
import { SourceError } from "../../topology/tenant/document";
import { planImport } from "../../topology/tenant/import";
import { readTenantSource } from "../../topology/tenant/read";
import type { TenantSnapshot } from "../../topology/tenant/shape";
import { expand } from "../../topology/tenant/keywords";
import { directoryExport, dump, yamlExport } from "./fixtures";

const expandedTopology = (snapshot: TenantSnapshot) =>
    JSON.parse(JSON.stringify(planImport(snapshot, { environment: "development" }).topology), (_k, v: unknown) => (typeof v === "string" ? expand(v, snapshot.vars) : v));

describe("the readers", () => {
    it("read each format into Management API objects with their place in the file", () => {
        const yaml = yamlExport();
        const stock = yaml.resourceServers.find((rs) => rs.value.name === "Stock API")!;
        expect(stock.at.file.endsWith("tenant.yaml")).toBe(true);
        expect(fs.readFileSync(stock.at.file, "utf8").split("\n")[stock.at.line! - 1]).toContain("name: Stock API");
        const grant = dump().grants.find((g) => g.value.id === "cgr_M2mBackOffice003")!;
        expect(fs.readFileSync(grant.at.file, "utf8").split("\n")[grant.at.line! - 1]!.trim()).toBe("{");
        expect(directoryExport().clients.map((c) => c.value.name).sort()).toEqual(["Field App", "Reports Job", "auth0-authz"]);
    });

    it("turn ##KEY## into ${variables} with the deploy config's values, and @@KEY@@ into the value", () => {
        const yaml = yamlExport();
        expect(yaml.keywords).toMatchObject({ CATALOG_AUDIENCE: "catalogAudience", STOREFRONT_CALLBACKS: "storefrontCallbacks" });
        expect(yaml.vars.catalogAudience).toBe("https://catalog.acme.test");
        // Unquoted ##KEY## after `: ` would be a YAML comment if parsed before replacement.
        expect(yaml.resourceServers[0]!.value.identifier).toBe("${catalogAudience}");
        expect(yaml.clients[0]!.value.callbacks).toEqual(["https://shop.acme.test/callback"]);
    });

    it("give the same design from a Management API dump and a deploy-cli YAML export of one tenant", () => {
        expect(expandedTopology(yamlExport())).toEqual(expandedTopology(dump()));
    });

    it("report bad input with file, line, column and what to do", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tenant-"));
        const file = path.join(dir, "tenant.yaml");
        fs.writeFileSync(file, "clients:\n  - name: A\n    app_type: spa\nclientGrants:\n  - client_id: A\n    audience: 42\n");
        expect(() => readTenantSource(file)).toThrow(SourceError);
        expect(() => readTenantSource(file)).toThrow(`${file}:6:15: client grant #1, field audience`);
        fs.writeFileSync(file, "clients: [\n");
        expect(() => readTenantSource(file)).toThrow(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:2:1: not valid YAML/JSON`));
        expect(() => readTenantSource(path.join(dir, "missing"))).toThrow("does not exist");
    });
});

describe("adoption", () => {
    it("skips system objects by their flags, never by their names", () => {
        const snapshot = dump();
        const renamed = snapshot.clients.map((c) =>
            c.value.global === true ? { ...c, value: { ...c.value, name: "Storefront Global" } } : c.value.name === "Deployer" ? { ...c, value: { ...c.value, name: "All Applications" } } : c,
        );
        const adoption = adopt({ ...snapshot, clients: renamed, exporterClientId: "sToCkSyNc00000000000000000000003" });
        const names = adoption.clients.map((c) => c.client.value.name);
        expect(names).toContain("All Applications");
        expect(names).not.toContain("Storefront Global");
        expect(names).not.toContain("Stock Sync");
        expect(adoption.apis.map((a) => a.name)).not.toContain("Auth0 Management API");
        const skipped = adoption.notes.filter((n) => n.kind === "skipped").map((n) => n.subject);
        expect(skipped).toEqual(expect.arrayContaining(["client 'Storefront Global'", "client 'Stock Sync'", "client 'Catalog API'", "API 'Auth0 Management API'"]));
        expect(skipped.some((s) => s.includes("cgr_DefaultFor00006"))).toBe(true);
        expect(skipped.some((s) => s.includes("cgr_SyncMgmt0000005"))).toBe(true);
    });

    it("imports an API without subject_type_authorization on Auth0's legacy allow_all user policy", () => {
        const { topology } = planImport(dump(), { environment: "development" });
        expect(topology.apis?.["stock-api"]?.userAccess).toBe("allow_all");
        expect(topology.apis?.["catalog-api"]?.userAccess).toBe("require_grant");
    });

    it("keeps a user grant and a client grant of one client and API as two grants", () => {
        const { topology, design } = planImport(dump(), { environment: "development" });
        expect(topology.apps?.["back-office"]?.access).toEqual({ "catalog-api": ["read:products", "write:products"] });
        expect(topology.apps?.["back-office"]?.machineAccess).toEqual({ "catalog-api": ["read:products"] });
        expect(design.grants.filter((g) => g.client === "back-office").map((g) => g.subjectType).sort()).toEqual(["client", "user"]);
    });

    it("reports dangling references and how they were resolved", () => {
        const dangling = planImport(dump(), { environment: "development" }).notes.filter((n) => n.kind === "dangling");
        expect(dangling.map((n) => n.message)).toEqual([
            "asks for write:stock, which API 'Stock API' does not declare: dropped",
            "names client 'gOnEcLiEnT000000000000000000000x', which the source does not have: skipped",
        ]);
        const flagged = planImport(directoryExport(), { environment: "development" }).notes.filter((n) => n.kind === "flagged");
        expect(flagged.map((n) => n.subject)).toEqual(["client 'auth0-authz'"]);
    });

    it("derives valid, unique keys that do not depend on the order of the export", () => {
        const snapshot = dump();
        const twin = { ...snapshot.clients[1]!, value: { ...snapshot.clients[1]!.value, client_id: "zzTwin", name: "Storefront!" } };
        const keys = (s: TenantSnapshot) => adopt(s).clients.map((c) => `${c.client.value.client_id}=${c.key}`).sort();
        const forward = keys({ ...snapshot, clients: [...snapshot.clients, twin] });
        expect(keys({ ...snapshot, clients: [twin, ...snapshot.clients].reverse() })).toEqual(forward);
        expect(forward).toEqual(expect.arrayContaining(["sToReFrOnT0000000000000000000001=storefront", "zzTwin=storefront-2"]));
    });
});
