// A credential written in the topology or in clear in its stack file is reported once, by the secret
// rules, and printed by no command in any format: other rules' messages, graph labels, diffs and
// config snippets all mask it.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCli } from "../support/cli";

// Fake credentials, assembled so that secret scanners do not flag this file.
const PASSWORD = ["Hunter2", "Passw0rdZ"].join("");
const TOKEN = `gh${"p"}_${"Xk7".repeat(12)}`;
const CLIENT_SECRET = ["q8ZrT4vLm2", "Nx7PwK3sYb9", "HjD6fGc1RtE5"].join("");
const SECRETS = [PASSWORD, TOKEN, CLIENT_SECRET];

const TOPOLOGY = (origin: string) => `version: 1
apis:
  catalog:
    identifier: https://catalog.example.com
    scopes: { read:products: "Read the catalog (ci uses ${TOKEN})" }
apps:
  storefront:
    type: spa
    callbacks: ["http://admin:${PASSWORD}@${origin}/callback"]
    access: { catalog: [read:products] }
`;

let dir: string;
beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "secret-outputs-"));
    fs.writeFileSync(path.join(dir, "topology.yaml"), TOPOLOGY("shop.example.com"));
    fs.writeFileSync(path.join(dir, "base.yaml"), TOPOLOGY("old-shop.example.com"));
    fs.writeFileSync(path.join(dir, "Pulumi.dev.yaml"), `config:\n  auth0:domain: shop-dev.eu.auth0.com\n  auth0:clientSecret: ${CLIENT_SECRET}\n  auth0:clientId: abc\n`);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** File names are resolved in the test's directory when the command runs. */
const at = (...args: string[]) => args;
const resolved = (args: string[]) => args.map((a) => (a.endsWith(".yaml") ? path.join(dir, a) : a));

const COMMANDS: string[][] = [
    ...["text", "json", "sarif", "github"].map((format) => at("check", "topology.yaml", "--format", format)),
    at("graph", "topology.yaml"),
    at("graph", "topology.yaml", "--format", "dot"),
    at("diff", "--base-file", "base.yaml", "topology.yaml"),
    at("diff", "--base-file", "base.yaml", "topology.yaml", "--format", "json"),
    ...["json", "env", "ts"].map((format) => at("config", "topology.yaml", "--format", format)),
    at("plan", "topology.yaml", "--format", "json"),
];

it.each(COMMANDS)("%s %s %s %s %s: no secret in the output", async (...args) => {
    const run = await runCli(...resolved(args));
    const printed = run.stdout + run.stderr;
    expect(printed.length).toBeGreaterThan(0);
    for (const secret of SECRETS) expect(printed).not.toContain(secret);
});

it("reports each credential once, where it is written, with what to do", async () => {
    const run = await runCli(...resolved(at("check", "topology.yaml", "--format", "json")));
    const secretFindings = (JSON.parse(run.stdout).findings as Array<{ rule: string; file: string; line: number; message: string; hint: string }>).filter((f) => f.rule === "secret-in-topology");
    expect(secretFindings.map((f) => [path.basename(f.file), f.line])).toEqual(
        expect.arrayContaining([
            ["Pulumi.dev.yaml", 3],
            ["topology.yaml", 5],
            ["topology.yaml", 9],
        ]),
    );
    const stackFinding = secretFindings.find((f) => f.file.endsWith("Pulumi.dev.yaml"));
    expect(stackFinding?.message).toMatch(/^auth0:clientSecret is written in clear text in the stack file/);
    expect(stackFinding?.hint).toContain("pulumi config set --secret auth0:clientSecret");
    // The other rules still judged the callback (http://), without its password.
    expect(run.stdout).toMatch(/callback-insecure/);
});
