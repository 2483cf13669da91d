// Stacks in the shapes public programs register (test/pack/stacks-any.ts), end to end through the
// policy pack as the Pulumi CLI runs it, each sent twice: as inputs, and in the planned-output
// shape of `pulumi preview` (every property the provider computes unknown). Both must give
// exactly the listed mandatory violations, the listed advisories among others, and no diagnostic
// about a resource the pack could not read. Needs policies/bin.
import { MODEL_POLICY } from "../../policies/src/pack/analysis";
import { openPack, type EnforcementLevel, type PackSession, type PolicyPackConfig, type StackResource } from "../../topology/analyzer";
import { assertPackBuilt, PACK_DIR, unreadResources } from "../pack/pack-build";
import * as shapes from "../pack/stacks-any";

let pack: PackSession;

beforeAll(async () => {
    assertPackBuilt();
    pack = await openPack({ packDir: PACK_DIR });
});
afterAll(() => pack?.close());

interface Case {
    shape: string;
    resources: () => StackResource[];
    /** `level policy resource-name`. */
    mandatory: string[];
    advisory: string[];
    config?: PolicyPackConfig;
}

const CASES: Case[] = [
    {
        shape: "1.x: inline scopes and permissions, the client's own auth method, a grant without subjectType, a Rule and a Hook",
        resources: shapes.generation1,
        mandatory: ["legacy-extensibility add-roles", "legacy-extensibility post-register", "public-client-auth-method warehouse-ui"],
        advisory: [],
    },
    { shape: "2.x: singular ResourceServerScope and RolePermission", resources: shapes.generation2Singular, mandatory: [], advisory: [] },
    {
        shape: "two tenants through explicit providers: the production one is checked as production",
        resources: shapes.twoTenants,
        mandatory: ["callback-localhost-in-production production-web"],
        advisory: [],
    },
    { shape: "a stack managing part of a tenant", resources: shapes.partialOwnership, mandatory: [], advisory: ["unknown-api reporter-billing"] },
    { shape: "the same stack saying it owns the tenant", resources: shapes.partialOwnership, mandatory: ["unknown-api reporter-billing"], advisory: [], config: { [MODEL_POLICY]: { ownsTenant: true } } },
];

const name = (urn?: string) => urn?.slice(urn.lastIndexOf("::") + 2) ?? "(stack)";
const at = (level: EnforcementLevel, violations: { policy: string; level: string; urn?: string }[]) =>
    violations.filter((v) => v.level === level && v.policy !== MODEL_POLICY).map((v) => `${v.policy} ${name(v.urn)}`);

describe.each([
    ["inputs", (r: StackResource[]) => r],
    ["planned outputs", shapes.plannedOutputs],
])("sent as %s", (_form, form) => {
    it.each(CASES.map((c) => [c.shape, c] as const))("%s", async (_shape, c) => {
        const violations = await pack.analyze(form(c.resources()), c.config);
        expect(unreadResources(violations)).toEqual([]);
        expect(at("mandatory", violations).sort()).toEqual([...c.mandatory].sort());
        expect(at("advisory", violations)).toEqual(expect.arrayContaining(c.advisory));
    });
});
