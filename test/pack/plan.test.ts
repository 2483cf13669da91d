// `topology plan` end to end: the real program under preview mocks, the real pack over gRPC.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../topology/cli/main";
import { assertPackBuilt } from "./pack-build";

const STACK_FILE = "config:\n  auth0:domain: shop-dev.eu.auth0.com\n  auth0-topology:environment: development\n";

async function plan(topology: string, ...flags: string[]): Promise<{ code: number; json: any }> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-"));
    fs.writeFileSync(path.join(dir, "topology.yaml"), topology);
    fs.writeFileSync(path.join(dir, "Pulumi.dev.yaml"), STACK_FILE);
    let out = "";
    const stdout = jest.spyOn(process.stdout, "write").mockImplementation((chunk) => ((out += String(chunk)), true));
    const stderr = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
    const exitCode = process.exitCode;
    try {
        const code = await main(["plan", path.join(dir, "topology.yaml"), "--stack", "dev", "--format", "json", ...flags]);
        return { code, json: JSON.parse(out) };
    } finally {
        process.exitCode = exitCode;
        stdout.mockRestore();
        stderr.mockRestore();
        fs.rmSync(dir, { recursive: true });
    }
}

const SHOP = `version: 1
apis:
  orders:
    identifier: https://orders.example.com
    scopes: { read:orders: Read orders }
apps:
  shop:
    type: spa
    callbacks: ["https://shop.example.com/callback"]
    webOrigins: ["https://shop.example.com"]
    access: { orders: [read:orders] }
`;

beforeAll(assertPackBuilt);

it("lists the resources to create, the checker's findings and the pack's violations", async () => {
    const { code, json } = await plan(SHOP);
    expect(code).toBe(0);
    expect(json.resources).toEqual(
        expect.arrayContaining([
            expect.objectContaining({ type: "auth0-topology:index:Tenant", name: "tenant" }),
            expect.objectContaining({ type: "auth0:index/clientGrant:ClientGrant", name: "shop/orders/user", parent: expect.stringContaining("Tenant") }),
        ]),
    );
    // What the grant is created with; the client id exists only once the client is created.
    const grant = json.resources.find((r: { name: string }) => r.name === "shop/orders/user");
    expect(grant.inputs).toEqual({ audience: "https://orders.example.com", clientId: "[unknown]", scopes: ["read:orders"], subjectType: "user" });
    expect(json.summary).toEqual({ errors: 0, warnings: expect.any(Number), infos: expect.any(Number), mandatory: 0, advisory: json.policy.length, contract: 0 });
    expect(json.contract).toEqual({ against: expect.stringMatching(/^terraform-provider-auth0 v/), violations: [], notes: [] });
});

it("exits 1 when a production stack makes a finding an error", async () => {
    const { code, json } = await plan(SHOP.replace("https://shop.example.com/callback", "http://localhost:3000/callback"), "--environment", "production");
    expect(code).toBe(1);
    expect(json.findings.map((f: { rule: string }) => f.rule)).toContain("callback-localhost-in-production");
    // The program refuses a topology with errors, so there is nothing to create or analyze.
    expect(json.resources).toEqual([]);
});
