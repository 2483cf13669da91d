// One rule set, two front ends: for every example topology, the model the loader builds from the
// file equals the one the policy pack rebuilds from what the program registers under preview
// mocks, and both report the same findings at the same topology paths.
import * as fs from "node:fs";
import * as path from "node:path";
import type { Source, TenantModel } from "../../policies/src/model";
import { analyzeResources } from "../../policies/src/pack/analysis";
import { modelFromResources } from "../../policies/src/pack/from-resources";
import { analyzeStack } from "../../topology/analyzer";
import { packResources, stackResources } from "../../topology/analyzer/registered";
import { runProgramUnderMocks, type RegisteredResource } from "../../topology/build/mock-run";
import { checkTopology } from "../../topology/check";
import { programConfig } from "../../topology/plan/run";
import { readStackSettings } from "../../topology/stack";
import { assertPackBuilt, PACK_DIR, unreadResources } from "./pack-build";

const ROOT = path.join(__dirname, "../..");
const STACK = "dev";
const EXAMPLES = [
    path.join(ROOT, "topology.yaml"),
    ...(fs.existsSync(path.join(ROOT, "examples")) ? fs.readdirSync(path.join(ROOT, "examples")).filter((f) => f.endsWith(".yaml") && !f.startsWith("Pulumi.")) : []).map(
        (f) => path.join(ROOT, "examples", f),
    ),
].filter((file) => fs.existsSync(file));

/** Where an element came from differs by front end (file line vs URN); what it is must not. */
function comparable(model: TenantModel): unknown {
    const strip = (source: Source) => ({ path: source.path });
    const byText = <T>(items: T[], key: (item: T) => string) => [...items].sort((a, b) => key(a).localeCompare(key(b)));
    return {
        ...model,
        apis: byText(model.apis, (a) => a.key).map((a) => ({ ...a, source: strip(a.source), scopes: byText(a.scopes, (s) => s.value).map((s) => ({ ...s, source: strip(s.source) })) })),
        // Only a stack has a separate place for the auth method (its ClientCredentials resources).
        clients: byText(model.clients, (c) => c.key).map((c) => ({ ...c, source: strip(c.source), authMethodSource: undefined })),
        grants: byText(model.grants, (g) => g.source.path).map((g) => ({ ...g, source: strip(g.source) })),
        roles: byText(model.roles, (r) => r.key).map((r) => ({ ...r, source: strip(r.source), permissions: byText(r.permissions, (p) => `${p.api} ${p.scope}`) })),
        waivers: byText(model.waivers, (w) => w.source.path).map((w) => ({ ...w, source: strip(w.source) })),
    };
}

const rulePaths = (findings: { rule: string; path: string }[]) => [...new Set(findings.map((f) => `${f.rule} ${f.path}`))].sort();

it("has example topologies to compare", () => {
    expect(EXAMPLES.length).toBeGreaterThan(0);
});

describe.each(EXAMPLES.map((file) => [path.relative(ROOT, file), file]))("%s", (_name, file) => {
    const projectDir = path.dirname(file);
    const checked = () => checkTopology({ file, stack: STACK, projectDir });
    let registered: RegisteredResource[];

    beforeAll(async () => {
        const config = programConfig(readStackSettings(projectDir, STACK), { vars: {} });
        registered = await runProgramUnderMocks({ topologyFile: file, stack: STACK, config });
    });

    it("rebuilds the same model from the registered resources", () => {
        const { model } = checked();
        expect(model).toBeDefined();
        expect(comparable(modelFromResources(packResources(registered)))).toEqual(comparable(model!));
    });

    it("finds the same (rule, path) set in the file and in the stack", () => {
        expect(rulePaths(analyzeResources(packResources(registered)).findings)).toEqual(rulePaths(checked().findings));
    });

    it("reports over gRPC what the pack finds in process", async () => {
        const inProcess = analyzeResources(packResources(registered)).findings.filter((f) => f.waived === undefined && f.urn !== undefined);
        assertPackBuilt();
        const violations = await analyzeStack(stackResources(registered), { packDir: PACK_DIR });
        const served = violations.filter((v) => v.policy !== "tenant-model" && v.policy !== "waived-finding" && v.urn !== undefined);
        expect(served.map((v) => `${v.policy} ${v.urn}`).sort()).toEqual(inProcess.map((f) => `${f.rule} ${f.urn}`).sort());
        expect(unreadResources(violations)).toEqual([]);
    });
});
