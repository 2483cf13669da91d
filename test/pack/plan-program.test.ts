// `topology plan --program DIR`: programs this project did not write, run under preview mocks with
// their stack's config and analysed by the real pack over gRPC as the engine would send them.
// Needs policies/bin (and dist/ for the run through a real process, which loads TypeScript with
// ts-node as Pulumi's Node.js host does).
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { ENVIRONMENT_NOTE } from "../../policies/src/pack/analysis";
import { runProgramPlan } from "../../topology/plan/program";
import { runCli } from "../support/cli";
import { assertPackBuilt, unreadResources } from "./pack-build";

const PROGRAMS = path.join(__dirname, "../fixtures/programs");
/** Each (level, policy, resource) once: a rule may report several scopes of one grant. */
const keys = (policy: { policy: string; level: string; urn?: string }[]) => [...new Set(policy.map((v) => `${v.level} ${v.policy} ${v.urn?.split("::").pop() ?? "(stack)"}`))].sort();

beforeAll(assertPackBuilt);

it("previews a 3.x TypeScript program: the stack config sets production, references are downgraded, the Rule is found", async () => {
    const { resources, policy } = await runProgramPlan({ dir: path.join(PROGRAMS, "ts-shop"), stack: "prod" });
    expect(resources.some((r) => r.type === "shop:index:ApiWithScopes")).toBe(true);
    expect(unreadResources(policy)).toEqual([]);
    expect(policy.find((v) => ENVIRONMENT_NOTE.test(v.message))!.message).toContain('checked as production (from stack config shop-infra:env: "production")');
    expect(keys(policy.filter((v) => v.level === "mandatory"))).toEqual(["mandatory legacy-extensibility add-roles", "mandatory m2m-management-privileged user-sync-management"]);
    // The default provider the engine attaches carries the tenant: the Management API is recognised, secrets are not sent.
    expect(policy.filter((v) => v.policy === "unknown-api")).toEqual([]);
});

it("previews a JavaScript program in 1.x shapes on two tenants: one model each, inline scopes read", async () => {
    const { policy } = await runProgramPlan({ dir: path.join(PROGRAMS, "js-legacy-tenants"), stack: "dev" });
    expect(unreadResources(policy)).toEqual([]);
    expect(policy.filter((v) => ENVIRONMENT_NOTE.test(v.message)).map((v) => v.message.split(" (")[0])).toEqual([
        "tenant acme-staging.eu.auth0.com: checked as development",
        "tenant acme-prod.eu.auth0.com: checked as production",
    ]);
    expect(policy.filter((v) => ["duplicate-identifier", "duplicate-name", "unknown-scope"].includes(v.policy))).toEqual([]);
    // The audience from the (stubbed) stack reference belongs to another stack: a warning naming it, per tenant.
    expect(keys(policy.filter((v) => v.policy === "unknown-api"))).toEqual(["advisory unknown-api production-importer-billing", "advisory unknown-api staging-importer-billing"]);
    expect(policy.find((v) => v.policy === "unknown-api")!.message).toContain("audience 'https://billing.acme.example'");
    expect(policy.filter((v) => v.level === "mandatory")).toEqual([]);
});

it.each([
    ["bare", "provider function auth0:index/getClient:getClient", "auth0-topology:calls"],
    ["partial", "stack reference 'acme/shared/prod'", "auth0-topology:stackReferences"],
])("says what mocks cannot give and how to stub it (stack %s)", async (stack, what, key) => {
    const { code, stderr } = await runCli("plan", "--program", path.join(PROGRAMS, "js-needs-stubs"), "--stack", stack);
    expect(code).toBe(2);
    expect(stderr).toContain(what);
    expect(stderr).toContain(`${key}: { "`);
    expect(stderr).toContain(`Pulumi.${stack}.yaml`);
    expect(stderr).not.toMatch(/\n\s+at /);
});

it("runs a TypeScript program from the topology executable as a real process, through ts-node", () => {
    const cli = path.join(__dirname, "../../dist/topology/cli/bin.js");
    let out = "";
    try {
        out = execFileSync(process.execPath, [cli, "plan", "--program", path.join(PROGRAMS, "ts-shop"), "--format", "json"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    } catch (err) {
        // Exit 1: the plan has mandatory violations; its report is still on stdout.
        out = (err as { stdout: string }).stdout;
    }
    const report = JSON.parse(out) as { checked: boolean; policy: { policy: string; level: string }[] };
    // No topology file: the checker did not run, and the report says so rather than "no findings".
    expect(report.checked).toBe(false);
    expect([...new Set(report.policy.filter((v) => v.level === "mandatory").map((v) => v.policy))].sort()).toEqual(["legacy-extensibility", "m2m-management-privileged"]);
});
