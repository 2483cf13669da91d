"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SHAPE = void 0;
exports.benchTopology = benchTopology;
exports.generateTopology = generateTopology;
// Coherent enterprise-sized topologies for the benchmarks: N APIs with scopes, SPAs that each call
// three APIs, machine clients, APIs calling APIs, and roles. Deterministic (no randomness), and
// designed to pass `check` without errors: every scope is used, every API is referenced, every
// origin is https and every SPA lists its callback origin in its web origins.
const yaml_1 = require("yaml");
/** How the elements scale with the number of APIs. */
exports.SHAPE = {
    /** One SPA per this many APIs; each SPA calls three consecutive APIs for users (read, and admin for users whose role holds it). */
    apisPerSpa: 2,
    /** One machine client per this many APIs; each calls that many consecutive APIs as itself (write). */
    apisPerMachine: 4,
    /** Every this-many-th API calls the next one as itself (an api-caller client). */
    callerEvery: 4,
    /** One role per this many APIs; each holds admin on that many consecutive APIs. */
    apisPerRole: 10,
    spaAudiences: 3,
};
const apiKey = (i) => `api-${i}`;
const scopes = (i) => ({ read: `read:res${i}`, write: `write:res${i}`, admin: `admin:res${i}` });
function api(i, count) {
    const s = scopes(i);
    const spec = {
        identifier: `https://api-${i}.bench.example.com`,
        name: `Bench API ${i}`,
        scopes: { [s.read]: `Read resource ${i}`, [s.write]: `Write resource ${i}`, [s.admin]: `Administer resource ${i}` },
    };
    const next = (i + 1) % count;
    if (i % exports.SHAPE.callerEvery === 0 && next !== i)
        spec.calls = { [apiKey(next)]: [scopes(next).read] };
    return spec;
}
function spa(j, count) {
    const origin = `https://spa-${j}.bench.example.com`;
    const first = j * exports.SHAPE.apisPerSpa;
    const targets = Array.from({ length: exports.SHAPE.spaAudiences }, (_, k) => (first + k) % count);
    return {
        type: "spa",
        name: `Bench SPA ${j}`,
        callbacks: [`${origin}/callback`],
        logoutUrls: [origin],
        webOrigins: [origin],
        access: Object.fromEntries([...new Set(targets)].map((i) => [apiKey(i), [scopes(i).read, scopes(i).admin]])),
    };
}
function machine(k, count) {
    const first = k * exports.SHAPE.apisPerMachine;
    const targets = Array.from({ length: exports.SHAPE.apisPerMachine }, (_, n) => first + n).filter((i) => i < count);
    return { type: "m2m", name: `Bench service ${k}`, access: Object.fromEntries(targets.map((i) => [apiKey(i), [scopes(i).write]])) };
}
function role(r, count) {
    const first = r * exports.SHAPE.apisPerRole;
    const targets = Array.from({ length: exports.SHAPE.apisPerRole }, (_, n) => first + n).filter((i) => i < count);
    return { description: `Administers APIs ${first} to ${first + targets.length - 1}`, permissions: Object.fromEntries(targets.map((i) => [apiKey(i), [scopes(i).admin]])) };
}
const times = (n, make) => Object.fromEntries(Array.from({ length: n }, (_, i) => make(i)));
/** The topology of `apiCount` APIs as data (the schema's input type). */
function benchTopology(apiCount) {
    if (!Number.isInteger(apiCount) || apiCount < 1)
        throw new RangeError(`apiCount must be a positive integer, not ${apiCount}`);
    const apps = {
        ...times(Math.ceil(apiCount / exports.SHAPE.apisPerSpa), (j) => [`spa-${j}`, spa(j, apiCount)]),
        ...times(Math.ceil(apiCount / exports.SHAPE.apisPerMachine), (k) => [`service-${k}`, machine(k, apiCount)]),
    };
    return {
        version: 1,
        // Thousands of APIs and apps are over the self-service plan's limits.
        tenant: { plan: "enterprise" },
        apis: times(apiCount, (i) => [apiKey(i), api(i, apiCount)]),
        apps,
        roles: times(Math.ceil(apiCount / exports.SHAPE.apisPerRole), (r) => [`admin-${r}`, role(r, apiCount)]),
    };
}
/** The topology of `apiCount` APIs as topology.yaml text. */
function generateTopology(apiCount) {
    return (0, yaml_1.stringify)(benchTopology(apiCount), { lineWidth: 0 });
}
//# sourceMappingURL=generate.js.map