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
    describe.each([
        ["prod", "production"],
        ["dev", "development"],
    ])("on stack %s (%s)", (stack, environment) => {
        const labels = async (edit: (text: string) => string) => {
            fs.writeFileSync(path.join(dir, `Pulumi.${stack}.yaml`), `config:\n  auth0-topology:environment: ${environment}\n`);
            fs.writeFileSync(path.join(dir, "old.yaml"), TOPOLOGY);
            fs.writeFileSync(path.join(dir, "topology.yaml"), edit(TOPOLOGY));
            const { code, stdout } = await run(["diff", "--base-file", "old.yaml", "--stack", stack, "--format", "json"], dir);
            expect(code).toBe(0);
            const changes = JSON.parse(stdout).changes as { path: string; risks: { risk: string; reason: string }[] }[];
            return changes.map((c) => [c.path, [...new Set(c.risks.map((r) => r.risk))].sort(), c.risks.map((r) => r.reason).join(" ")] as const);
        };
        const refusedOnProd = stack === "prod" ? ["refused"] : [];

        it("first-party status: a replacement (Auth0 converts neither way), refused while protected on production", async () => {
            const [[at, risks, reasons]] = await labels((t) => t.replace("    type: spa\n", "    type: spa\n    firstParty: false\n"));
            expect(at).toBe("apps.storefront");
            expect(risks).toEqual(["breaks-callers", ...refusedOnProd, "replaces"].sort());
            if (stack === "prod") expect(reasons).toContain(`pulumi state unprotect 'urn:pulumi:prod::auth0-topology::auth0-topology:index:Tenant$auth0:index/client:Client::storefront'`);
        });

        it("app type spa to web: in place (app_type is not ForceNew), never refused for protection", async () => {
            const [[, risks]] = await labels((t) => t.replace("    type: spa\n    callbacks: [https://shop.example.com/callback]\n    webOrigins: [https://shop.example.com]\n", "    type: web\n    callbacks: [https://shop.example.com/callback]\n"));
            expect(risks).not.toContain("replaces");
            expect(risks).not.toContain("refused");
        });

        it("app type spa to web with machine access: refused by Auth0 in one step, on every stack", async () => {
            const [[, risks, reasons]] = await labels((t) =>
                t.replace("    type: spa\n    callbacks: [https://shop.example.com/callback]\n    webOrigins: [https://shop.example.com]\n", "    type: web\n    callbacks: [https://shop.example.com/callback]\n    machineAccess: { catalog: [write:products] }\n"),
            );
            expect(risks).toContain("refused");
            expect(reasons).toContain("two steps");
        });

        it("an API identifier: a replacement (ForceNew), refused while protected on production", async () => {
            const [[at, risks, reasons]] = await labels((t) => t.replace("https://catalog.example.com", "https://catalog.v2.example.com"));
            expect(at).toBe("apis.catalog");
            expect(risks).toEqual([...refusedOnProd, "replaces"].sort());
            expect(reasons).toContain("the provider (ForceNew) replaces the resource on a change of identifier");
        });
    });

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
        expect(result.risks).toEqual({ refused: 0, replaces: 0, "widens-access": 2, "breaks-callers": 0, deletes: 0 });
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
        [["diff", "--base-file", "nope.yaml"], /nope.yaml does not exist/],
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
        expect(stderr).toContain('git ref "origin/nowhere" was not found');
    });
});

describe("topology diff against a git revision", () => {
    const STACK = "config:\n  auth0:domain: shop-dev.eu.auth0.com\n  auth0-topology:vars:\n    appOrigin: https://shop.example.com\n";
    const WITH_VARS = TOPOLOGY.replace("[https://shop.example.com/callback]", '["${appOrigin}/callback"]');
    const commitAll = () => {
        git("add", "-A");
        git("commit", "-q", "-m", "base");
    };
    beforeEach(() => {
        git("init", "-q");
        fs.writeFileSync(path.join(dir, "topology.yaml"), WITH_VARS);
        fs.writeFileSync(path.join(dir, "Pulumi.dev.yaml"), STACK);
        commitAll();
    });

    it("reads the stack file of each side from its own revision: a change to it alone is a change, with its effects", async () => {
        fs.writeFileSync(path.join(dir, "Pulumi.dev.yaml"), STACK.replace("https://shop.example.com", "https://evil.example.net").replace("shop-dev", "shop-other"));
        const { code, stdout } = await run(["diff", "--base", "HEAD", "--stack", "dev", "--format", "json"], dir);
        expect(code).toBe(0);
        const result = JSON.parse(stdout);
        const stackChange = result.changes.find((c: { kind: string }) => c.kind === "stack");
        expect(stackChange.fields).toEqual([
            { field: "auth0:domain", before: "shop-dev.eu.auth0.com", after: "shop-other.eu.auth0.com" },
            { field: "variable appOrigin", before: "https://shop.example.com", after: "https://evil.example.net" },
        ]);
        expect(stackChange.risks.map((r: { risk: string }) => r.risk)).toEqual(["replaces"]);
        expect(result.changes.map((c: { path: string }) => c.path)).toContain("apps.storefront");
        expect(JSON.stringify(result.changes)).toContain("https://evil.example.net/callback");
    });

    it.each([
        ["--output=out", /--base "--output=out" is not a git revision/],
        ["--pretty=format:version: 1", /is not a git revision/],
        ["HEAD --output=out", /git ref "HEAD --output=out" was not found/],
    ])("passes --base %j to git only as a revision to verify", async (base, message) => {
        const { code, stderr } = await run(["diff", `--base=${base}`], dir);
        expect(code).toBe(2);
        expect(stderr).toMatch(message);
        expect(fs.readdirSync(dir).sort()).toEqual([".git", "Pulumi.dev.yaml", "topology.yaml"]);
    });

    it("refuses a base that is a symbolic link at the revision, naming the ref", async () => {
        fs.rmSync(path.join(dir, "topology.yaml"));
        fs.symlinkSync("/etc/passwd", path.join(dir, "topology.yaml"));
        commitAll();
        fs.rmSync(path.join(dir, "topology.yaml"));
        fs.writeFileSync(path.join(dir, "topology.yaml"), WITH_VARS);
        const { code, stderr } = await run(["diff", "--base", "HEAD", "--stack", "dev"], dir);
        expect(code).toBe(2);
        expect(stderr).toMatch(/^topology: topology\.yaml at "HEAD" is a symbolic link, not a regular file/);
    });
});

describe("topology diff --base-file", () => {
    it.each([
        ["a directory", () => dir, /is a directory/],
        ["a device that never ends", () => "/dev/zero", /is not a regular file/],
        ["a symbolic link out of its directory", () => {
            const link = path.join(dir, "base.yaml");
            fs.symlinkSync("/etc/hostname", link);
            return link;
        }, /is a symbolic link to .*outside its directory/],
    ])("refuses %s with one sentence", async (_what, baseFile, message) => {
        const { code, stderr } = await run(["diff", "--base-file", baseFile()], dir);
        expect(code).toBe(2);
        expect(stderr.trim().split("\n")).toHaveLength(1);
        expect(stderr).toMatch(message);
    });
});

describe("--stack", () => {
    it.each(["x/../../evil", "../outside", "..", "a b", ""])("refuses %j, a name Pulumi would not accept, before reading anything", async (stack) => {
        const { code, stderr } = await run(["check", "--stack", stack], dir);
        expect(code).toBe(2);
        expect(stderr).toMatch(/is not a stack name: Pulumi stack names are 1 to 100 letters/);
    });
});

describe("topology graph", () => {
    it("prints Mermaid by default and DOT on request", async () => {
        expect((await run(["graph"], dir)).stdout).toContain('app_storefront -->|"read:products"| api_catalog');
        expect((await run(["graph", "--format", "dot"], dir)).stdout).toMatch(/^digraph topology \{/);
    });

    it("draws one app's neighbourhood with --app, and refuses keys the file does not have", async () => {
        const focused = await run(["graph", "--app", "nightly-sync", "--no-legend"], dir);
        expect(focused.code).toBe(0);
        expect(focused.stdout).toContain("app_nightly_hsync -.->");
        expect(focused.stdout).not.toContain("app_storefront");
        expect(focused.stdout).not.toContain("Legend");
        const unknown = await run(["graph", "--api", "nightly-sync"], dir);
        expect(unknown.code).toBe(2);
        expect(unknown.stderr).toContain("'nightly-sync': not in topology.yaml. apps: storefront, nightly-sync; APIs: catalog");
        expect((await run(["graph", "--depth", "2"], dir)).code).toBe(2);
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

    it("looks up client ids only among the outputs' own keys: an app named constructor has none yet", async () => {
        fs.writeFileSync(path.join(dir, "topology.yaml"), TOPOLOGY.replace("  nightly-sync:", "  constructor:"));
        fs.writeFileSync(path.join(dir, "outputs.json"), JSON.stringify({ clients: { storefront: { clientId: "abc123" } } }));
        const { code, stdout } = await run(["config", "--app", "constructor", "--outputs", "outputs.json", "--format", "env"], dir);
        expect(code).toBe(0);
        expect(stdout).not.toContain("undefined");
        expect(stdout).toContain("<client id of constructor: run pulumi up, then pass --outputs>");
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
