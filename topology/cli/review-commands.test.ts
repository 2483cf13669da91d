import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "./main";

const TOPOLOGY = `version: 1
apis:
  catalog:
    identifier: https://catalog.example.com
    scopes:
      read:products: Read the product catalog
      write:products: Change the product catalog
    offlineAccess: true
apps:
  storefront:
    type: spa
    callbacks: [https://shop.example.com/callback]
    webOrigins: [https://shop.example.com]
    refreshTokens: true
    access:
      catalog: [read:products]
  nightly-sync:
    type: m2m
    access:
      catalog: [write:products]
`;

async function run(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = "";
    let stderr = "";
    const out = jest.spyOn(process.stdout, "write").mockImplementation((chunk) => ((stdout += String(chunk)), true));
    const err = jest.spyOn(process.stderr, "write").mockImplementation((chunk) => ((stderr += String(chunk)), true));
    const previous = process.cwd();
    process.chdir(cwd);
    try {
        const code = await main(args);
        return { code, stdout, stderr };
    } finally {
        process.chdir(previous);
        process.exitCode = undefined;
        out.mockRestore();
        err.mockRestore();
    }
}

let dir: string;
beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "topology-review-"));
    fs.writeFileSync(path.join(dir, "topology.yaml"), TOPOLOGY);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], { cwd: dir, stdio: "pipe" });

describe("topology diff", () => {
    it("labels an identifier edit against a base file", async () => {
        fs.writeFileSync(path.join(dir, "old.yaml"), TOPOLOGY);
        fs.writeFileSync(path.join(dir, "topology.yaml"), TOPOLOGY.replace("https://catalog.example.com", "https://catalog.v2.example.com"));
        const { code, stdout } = await run(["diff", "--base-file", "old.yaml"], dir);
        expect(code).toBe(0);
        expect(stdout).toMatch(/^### Auth0 topology: 1 change — \*\*replaces\*\* 1/);
        expect(stdout).toContain("```mermaid");
    });

    it("exits 1 with --fail-on when a change carries one of its labels, 0 when none does", async () => {
        fs.writeFileSync(path.join(dir, "old.yaml"), TOPOLOGY);
        fs.writeFileSync(path.join(dir, "topology.yaml"), TOPOLOGY.replace("https://catalog.example.com", "https://catalog.v2.example.com"));
        const replaces = await run(["diff", "--base-file", "old.yaml", "--fail-on", "replaces"], dir);
        expect(replaces.code).toBe(1);
        expect(replaces.stdout).toContain("**replaces**");
        const others = await run(["diff", "--base-file", "old.yaml", "--fail-on", "deletes,widens,breaks-callers"], dir);
        expect(others.code).toBe(0);
    });

    it("refuses a --fail-on label it does not know (exit 2)", async () => {
        fs.writeFileSync(path.join(dir, "old.yaml"), TOPOLOGY);
        const { code, stderr } = await run(["diff", "--base-file", "old.yaml", "--fail-on", "replaces,renames"], dir);
        expect(code).toBe(2);
        expect(stderr).toContain("'renames' is not a label");
    });

    it("reads the base from a git ref and reports a wider grant and refresh token policy", async () => {
        git("init", "-q");
        git("add", "topology.yaml");
        git("commit", "-q", "-m", "base");
        fs.writeFileSync(path.join(dir, "topology.yaml"), TOPOLOGY.replace("catalog: [read:products]", "catalog: [read:products, write:products]"));
        const { code, stdout } = await run(["diff", "--base", "HEAD", "--format", "json"], dir);
        expect(code).toBe(0);
        const result = JSON.parse(stdout);
        // The SPA's Multi-Resource Refresh Token policy follows the scopes it requests.
        expect(result.changes.map((c: { path: string; fields: { field: string }[] }) => [c.path, c.fields.map((f) => f.field)])).toEqual([
            ["apps.storefront", ["multi-resource refresh token policies"]],
            ["apps.storefront.access.catalog", ["scopes"]],
        ]);
        expect(result.risks).toEqual({ replaces: 0, "widens-access": 2, "breaks-callers": 0, deletes: 0 });
    });

    it("treats a file missing at the base ref as a first topology", async () => {
        fs.writeFileSync(path.join(dir, "README"), "x");
        git("init", "-q");
        git("add", "README");
        git("commit", "-q", "-m", "empty");
        const { code, stdout } = await run(["diff", "--base", "HEAD"], dir);
        expect(code).toBe(0);
        expect(stdout).toContain("new single-page app `storefront`");
    });

    it.each([
        [["diff"], /exactly one of --base GITREF or --base-file FILE/],
        [["diff", "--base", "HEAD"], /not in one; use --base-file FILE/],
        [["diff", "--base-file", "nope.yaml"], /--base-file nope.yaml does not exist/],
    ])("explains a usage error: %j", async (args, message) => {
        const { code, stderr } = await run(args, dir);
        expect(code).toBe(2);
        expect(stderr).toMatch(message);
    });

    it("names a missing git ref", async () => {
        git("init", "-q");
        git("add", "topology.yaml");
        git("commit", "-q", "-m", "base");
        const { code, stderr } = await run(["diff", "--base", "origin/nowhere"], dir);
        expect(code).toBe(2);
        expect(stderr).toContain("git ref 'origin/nowhere' was not found");
    });
});

describe("topology graph", () => {
    it("prints Mermaid by default and DOT on request", async () => {
        expect((await run(["graph"], dir)).stdout).toContain('app_storefront -->|"read:products"| api_catalog');
        expect((await run(["graph", "--format", "dot"], dir)).stdout).toMatch(/^digraph topology \{/);
    });
});

describe("topology config", () => {
    it("writes a typed SPA module with the client id from the stack outputs", async () => {
        fs.writeFileSync(path.join(dir, "outputs.json"), JSON.stringify({ clients: { storefront: { clientId: "abc123", type: "spa" } }, clientSecrets: "[secret]" }));
        const { code, stdout } = await run(["config", "--app", "storefront", "--outputs", "outputs.json", "--format", "ts"], dir);
        expect(code).toBe(0);
        expect(stdout).toContain('"clientId": "abc123"');
        expect(stdout).toContain("satisfies Auth0ClientOptions");
    });

    it("takes the tenant domain from the stack and prints env lines for one app", async () => {
        fs.writeFileSync(path.join(dir, "Pulumi.dev.yaml"), "config:\n  auth0:domain: shop-dev.eu.auth0.com\n");
        const { code, stdout } = await run(["config", "--stack", "dev", "--app", "storefront", "--format", "env"], dir);
        expect(code).toBe(0);
        expect(stdout).toContain("AUTH0_DOMAIN=shop-dev.eu.auth0.com\n");
        expect(stdout).toContain("AUTH0_AUDIENCE_CATALOG=https://catalog.example.com\n");
    });

    it.each([
        [["config", "--app", "nobody"], /no app or API 'nobody'/],
        [["config", "--outputs", "missing.json"], /pulumi stack output --json > missing.json/],
    ])("explains a usage error: %j", async (args, message) => {
        const { code, stderr } = await run(args, dir);
        expect(code).toBe(2);
        expect(stderr).toMatch(message);
    });
});
