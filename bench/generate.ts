// Coherent enterprise-sized topologies for the benchmarks: N APIs with scopes, SPAs that each call
// three APIs, machine clients, APIs calling APIs, and roles. Deterministic (no randomness), and
// designed to pass `check` without an error or a warning (test/scale/generate.test.ts): every scope is
// used, every scope a SPA asks for is in a role, every API is referenced, every origin is https and
// every SPA lists its callback origin in its web origins.
import { stringify } from "yaml";
import type { TopologyInput } from "../topology/schema";

type ApiInput = NonNullable<TopologyInput["apis"]>[string];
type AppInput = NonNullable<TopologyInput["apps"]>[string];
type RoleInput = NonNullable<TopologyInput["roles"]>[string];

/** How the elements scale with the number of APIs. */
export interface Shape {
    apisPerSpa: number;
    apisPerMachine: number;
    callerEvery: number;
    apisPerRole: number;
    spaAudiences: number;
    /** read, write and admin, then scopes for machines only (ext1:res<i>, …). */
    scopesPerApi: number;
}

export const SHAPE: Shape = {
    /** One SPA per this many APIs; each SPA calls three consecutive APIs for users (read and admin, as the users' roles give). */
    apisPerSpa: 2,
    /** One machine client per this many APIs; each calls that many consecutive APIs as itself (write and the extra scopes). */
    apisPerMachine: 4,
    /** Every this-many-th API calls the next one as itself (an api-caller client). */
    callerEvery: 4,
    /** One role per this many APIs; each holds read and admin on that many consecutive APIs. */
    apisPerRole: 10,
    spaAudiences: 3,
    scopesPerApi: 3,
};

/** Issue 13's large tenant: at 2,000 APIs, 20,000 scopes and 3,000 apps. */
export const LARGE_SHAPE: Shape = { ...SHAPE, apisPerSpa: 1, apisPerMachine: 2, scopesPerApi: 10 };

const apiKey = (i: number) => `api-${i}`;
const scopes = (i: number) => ({ read: `read:res${i}`, write: `write:res${i}`, admin: `admin:res${i}` });
const extraScopes = (i: number, shape: Shape) => Array.from({ length: Math.max(shape.scopesPerApi - 3, 0) }, (_, k) => `ext${k + 1}:res${i}`);
/** What users get on API i: from their roles, and asked for by the SPAs. */
const userScopes = (i: number) => [scopes(i).read, scopes(i).admin];

function api(i: number, count: number, shape: Shape): ApiInput {
    const s = scopes(i);
    const spec: ApiInput = {
        identifier: `https://api-${i}.bench.example.com`,
        name: `Bench API ${i}`,
        scopes: {
            [s.read]: `Read resource ${i}`,
            [s.write]: `Write resource ${i}`,
            [s.admin]: `Administer resource ${i}`,
            ...Object.fromEntries(extraScopes(i, shape).map((scope) => [scope, `Extra permission ${scope}`])),
        },
    };
    const next = (i + 1) % count;
    if (i % shape.callerEvery === 0 && next !== i) spec.calls = { [apiKey(next)]: [scopes(next).read] };
    return spec;
}

function spa(j: number, count: number, shape: Shape): AppInput {
    const origin = `https://spa-${j}.bench.example.com`;
    const first = j * shape.apisPerSpa;
    const targets = Array.from({ length: shape.spaAudiences }, (_, k) => (first + k) % count);
    return {
        type: "spa",
        name: `Bench SPA ${j}`,
        callbacks: [`${origin}/callback`],
        logoutUrls: [origin],
        webOrigins: [origin],
        access: Object.fromEntries([...new Set(targets)].map((i) => [apiKey(i), userScopes(i)])),
    };
}

function machine(k: number, count: number, shape: Shape): AppInput {
    const first = k * shape.apisPerMachine;
    const targets = Array.from({ length: shape.apisPerMachine }, (_, n) => first + n).filter((i) => i < count);
    return { type: "m2m", name: `Bench service ${k}`, access: Object.fromEntries(targets.map((i) => [apiKey(i), [scopes(i).write, ...extraScopes(i, shape)]])) };
}

function role(r: number, count: number, shape: Shape): RoleInput {
    const first = r * shape.apisPerRole;
    const targets = Array.from({ length: shape.apisPerRole }, (_, n) => first + n).filter((i) => i < count);
    return {
        description: `Administers APIs ${first} to ${first + targets.length - 1}`,
        permissions: Object.fromEntries(targets.map((i) => [apiKey(i), userScopes(i)])),
    };
}

const times = <T>(n: number, make: (i: number) => [string, T]): Record<string, T> => Object.fromEntries(Array.from({ length: n }, (_, i) => make(i)));

/** The topology of `apiCount` APIs as data (the schema's input type). */
export function benchTopology(apiCount: number, shape: Shape = SHAPE): TopologyInput {
    if (!Number.isInteger(apiCount) || apiCount < 1) throw new RangeError(`apiCount must be a positive integer, not ${apiCount}`);
    const apps = {
        ...times(Math.ceil(apiCount / shape.apisPerSpa), (j) => [`spa-${j}`, spa(j, apiCount, shape)]),
        ...times(Math.ceil(apiCount / shape.apisPerMachine), (k) => [`service-${k}`, machine(k, apiCount, shape)]),
    };
    return {
        version: 1,
        // Thousands of APIs and apps are over the self-service plan's limits; Management API tokens
        // for users only through a grant, as a tenant should be set.
        tenant: { plan: "enterprise", managementApi: { userAccess: "require_grant" } },
        apis: times(apiCount, (i) => [apiKey(i), api(i, apiCount, shape)]),
        apps,
        roles: times(Math.ceil(apiCount / shape.apisPerRole), (r) => [`admin-${r}`, role(r, apiCount, shape)]),
    };
}

/** The topology of `apiCount` APIs as topology.yaml text. */
export function generateTopology(apiCount: number, shape: Shape = SHAPE): string {
    return stringify(benchTopology(apiCount, shape), { lineWidth: 0 });
}
