// The benchmark's floors must be what bench/README.md says they are: the same resources as the
// program, flat (no parent, constants) or wired like the program (one parent component, client
// ids and identifiers as outputs of other resources, grants depending on their API's scopes).
import { bareProgram, type BareShape, type TypeCounts } from "../../bench/bare-program";
import { runUnderMocks, type RegisteredResource } from "../../topology/build/under-mocks";

const COUNTS: TypeCounts = {
    "auth0:index/resourceServer:ResourceServer": 3,
    "auth0:index/resourceServerScopes:ResourceServerScopes": 3,
    "auth0:index/client:Client": 4,
    "auth0:index/clientCredentials:ClientCredentials": 4,
    "auth0:index/clientGrant:ClientGrant": 7,
    "auth0:index/role:Role": 2,
    "auth0:index/rolePermissions:RolePermissions": 2,
};

const run = (shape: BareShape) => runUnderMocks(bareProgram(COUNTS, shape), { stack: "dev", config: {} });

function countsOf(resources: readonly RegisteredResource[]): TypeCounts {
    const counts: TypeCounts = {};
    for (const r of resources) if (r.custom) counts[r.type] = (counts[r.type] ?? 0) + 1;
    return counts;
}

const typeOf = (urn: string) => urn.split("::")[2]!.split("$").pop()!;
const ofType = (resources: readonly RegisteredResource[], type: string) => resources.filter((r) => r.type === type);

it.each<BareShape>(["flat", "wired"])("registers exactly the given resources (%s)", async (shape) => {
    expect(countsOf(await run(shape))).toEqual(COUNTS);
});

it("registers the flat floor without parents or dependencies", async () => {
    const custom = (await run("flat")).filter((r) => r.custom);
    expect(custom.every((r) => typeOf(r.parent!) === "pulumi:pulumi:Stack")).toBe(true);
    expect(custom.flatMap((r) => r.dependencies)).toEqual([]);
});

it("wires the wired floor like the program: one parent, outputs between resources, grants after their scopes", async () => {
    const resources = await run("wired");
    const custom = resources.filter((r) => r.custom);
    expect(new Set(custom.map((r) => typeOf(r.parent!)))).toEqual(new Set(["bench:index:Bare"]));
    for (const credentials of ofType(resources, "auth0:index/clientCredentials:ClientCredentials")) {
        expect(credentials.propertyDependencies.clientId!.map(typeOf)).toEqual(["auth0:index/client:Client"]);
    }
    for (const grant of ofType(resources, "auth0:index/clientGrant:ClientGrant")) {
        expect(grant.propertyDependencies.clientId!.map(typeOf)).toEqual(["auth0:index/client:Client"]);
        expect(grant.propertyDependencies.audience!.map(typeOf)).toEqual(["auth0:index/resourceServer:ResourceServer"]);
        expect(grant.dependencies.map(typeOf)).toContain("auth0:index/resourceServerScopes:ResourceServerScopes");
    }
    for (const permissions of ofType(resources, "auth0:index/rolePermissions:RolePermissions")) {
        expect(permissions.propertyDependencies.roleId!.map(typeOf)).toEqual(["auth0:index/role:Role"]);
    }
});
