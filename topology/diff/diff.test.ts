import fc from "fast-check";
import { MANAGEMENT_API, type TenantModel } from "../../policies/src/model";
import { api, caller, client, grant, role, tenant } from "../../policies/src/testing/factory";
import type { Risk } from "./changeset";
import { diffModels } from "./diff";
import { fuzzRuns } from "../../test/support/fuzz-runs";

const catalog = api("catalog", { scopeValues: ["read:products", "write:products"] });
const inventory = api("inventory", { scopeValues: ["read:stock"] });
const management = api(MANAGEMENT_API, { kind: "management", identifier: "https://t.auth0.com/api/v2/", scopeValues: ["read:users", "update:users", "read:current_user"] });
const storefront = client("storefront", "spa");
const sync = client("sync", "m2m");
const machine = (c: string, a: string, scopes: string[]) => grant(c, a, scopes, { subjectType: "client" });

const base = tenant({
    apis: [catalog, inventory, management],
    clients: [storefront, sync, caller("catalog")],
    grants: [grant("storefront", "catalog", ["read:products"]), machine("sync", "catalog", ["write:products"]), machine("catalog/caller", "inventory", ["read:stock"])],
    roles: [role("merchandiser", { catalog: ["read:products"] })],
});

/** The changes as (path, action, risks) triples: each case states everything the diff may report. */
function summary(before: TenantModel, after: TenantModel): [string, string, Risk[]][] {
    return diffModels({ base: before, head: after }).changes.map((c) => [c.path, c.action, [...new Set(c.risks.map((r) => r.risk))].sort()]);
}

const edit = (over: Partial<TenantModel>): TenantModel => ({ ...base, ...over });
const replaceApi = (key: string, next: ReturnType<typeof api>) => base.apis.map((a) => (a.key === key ? next : a));
const replaceClient = (key: string, next: ReturnType<typeof client>) => base.clients.map((c) => (c.key === key ? next : c));

describe("diffModels labels every change", () => {
    const cases: [string, TenantModel, [string, string, Risk[]][]][] = [
        ["an API identifier edit replaces the API", edit({ apis: replaceApi("catalog", { ...catalog, identifier: "https://catalog.v2.example.com" }) }), [["apis.catalog", "changed", ["replaces"]]]],
        ["a display name edit is a plain change", edit({ apis: replaceApi("catalog", { ...catalog, name: "Catalog API" }) }), [["apis.catalog", "changed", []]]],
        [
            "a new scope on a machine client's grant widens access",
            edit({ grants: [base.grants[0], machine("sync", "catalog", ["write:products", "read:products"]), base.grants[2]] }),
            [["apps.sync.machineAccess.catalog", "changed", ["widens-access"]]],
        ],
        [
            "a SPA gaining an audience widens access",
            edit({ grants: [...base.grants, grant("storefront", "inventory", ["read:stock"])] }),
            [["apps.storefront.access.inventory", "added", ["widens-access"]]],
        ],
        [
            "Management API scopes widen access",
            edit({ grants: [...base.grants, machine("sync", MANAGEMENT_API, ["update:users"])] }),
            [[`apps.sync.machineAccess.${MANAGEMENT_API}`, "added", ["widens-access"]]],
        ],
        [
            "an app switching from spa to web is updated in place (app_type is not ForceNew) and gains a secret",
            edit({ clients: replaceClient("storefront", client("storefront", "web", { grantTypes: ["authorization_code", "refresh_token"], authMethod: "client_secret_post" })) }),
            [["apps.storefront", "changed", ["breaks-callers", "widens-access"]]],
        ],
        [
            "a spa becoming web with machine access in one step: Auth0 refuses client_credentials while the auth method is still none",
            edit({ clients: replaceClient("storefront", client("storefront", "web")) }),
            [["apps.storefront", "changed", ["breaks-callers", "refused", "widens-access"]]],
        ],
        [
            "turning third party replaces the client (Auth0 converts neither way) and breaks callers",
            edit({ clients: replaceClient("storefront", { ...storefront, firstParty: false }) }),
            [["apps.storefront", "changed", ["breaks-callers", "replaces"]]],
        ],
        [
            "removing a scope that a grant and a role still use breaks callers and deletes",
            edit({ apis: replaceApi("catalog", api("catalog", { scopeValues: ["write:products"] })) }),
            [["apis.catalog.scopes.read:products", "removed", ["breaks-callers", "deletes"]]],
        ],
        ["removing an unused scope only deletes", edit({ apis: replaceApi("inventory", api("inventory", { scopeValues: [] })), grants: base.grants.slice(0, 2) }), [
            ["apis.inventory.scopes.read:stock", "removed", ["deletes"]],
            ["apps.catalog/caller.machineAccess.inventory", "removed", ["breaks-callers", "deletes"]],
        ]],
        [
            "removing an app deletes it with its grants in one entry",
            edit({ clients: [storefront, caller("catalog")], grants: [base.grants[0], base.grants[2]] }),
            [["apps.sync", "removed", ["deletes"]]],
        ],
        ["a new role permission widens access", edit({ roles: [role("merchandiser", { catalog: ["read:products", "write:products"] })] }), [["roles.merchandiser", "changed", ["widens-access"]]]],
        ["removing a role deletes it", edit({ roles: [] }), [["roles.merchandiser", "removed", ["deletes"]]]],
        ["allowing all user access widens access", edit({ apis: replaceApi("catalog", { ...catalog, userAccess: "allow_all" }) }), [["apis.catalog", "changed", ["widens-access"]]]],
        ["a longer token lifetime widens access", edit({ apis: replaceApi("catalog", { ...catalog, tokenLifetime: 172800 }) }), [["apis.catalog", "changed", ["widens-access"]]]],
        ["a shorter token lifetime is a plain change", edit({ apis: replaceApi("catalog", { ...catalog, tokenLifetime: 3600 }) }), [["apis.catalog", "changed", []]]],
        ["a new callback widens access", edit({ clients: replaceClient("storefront", { ...storefront, callbacks: ["https://evil.example.com/cb"] }) }), [["apps.storefront", "changed", ["widens-access"]]]],
    ];
    it.each(cases)("%s", (_name, head, expected) => {
        expect(summary(base, head)).toEqual(expected);
    });
});

describe("on a production stack, protected APIs and clients are neither replaced nor deleted until unprotected", () => {
    const production = (model: TenantModel): TenantModel => ({ ...model, environment: "production" });
    const prodBase = production(base);
    const prod = (over: Partial<TenantModel>) => production(edit(over));
    const partner = { ...storefront, firstParty: false, thirdPartySecurityMode: "strict" as const };
    const cases: [string, TenantModel, TenantModel, [string, string, Risk[]][]][] = [
        ["an identifier edit", prodBase, prod({ apis: replaceApi("catalog", { ...catalog, identifier: "https://catalog.v2.example.com" }) }), [["apis.catalog", "changed", ["refused", "replaces"]]]],
        ["a first-party change", prodBase, prod({ clients: replaceClient("storefront", { ...storefront, firstParty: false }) }), [["apps.storefront", "changed", ["breaks-callers", "refused", "replaces"]]]],
        [
            "a security mode change",
            prod({ clients: replaceClient("storefront", partner) }),
            prod({ clients: replaceClient("storefront", { ...partner, thirdPartySecurityMode: "permissive" }) }),
            [["apps.storefront", "changed", ["refused", "replaces"]]],
        ],
        [
            "an app type change is in place: nothing to refuse",
            prodBase,
            prod({ clients: replaceClient("storefront", client("storefront", "native")) }),
            [["apps.storefront", "changed", []]],
        ],
        ["a removed app", prodBase, prod({ clients: [storefront, caller("catalog")], grants: [base.grants[0], base.grants[2]] }), [["apps.sync", "removed", ["deletes", "refused"]]]],
        [
            "a removed API",
            prodBase,
            prod({ apis: [catalog, management], grants: base.grants.slice(0, 2), clients: [storefront, sync] }),
            [["apis.inventory", "removed", ["deletes", "refused"]], ["apis.catalog.calls", "removed", ["deletes", "refused"]]],
        ],
        ["a removed role (roles are not protected)", prodBase, prod({ roles: [] }), [["roles.merchandiser", "removed", ["deletes"]]]],
    ];
    it.each(cases)("%s", (_name, before, after, expected) => {
        expect(summary(before, after)).toEqual(expected);
    });

    it("names the command that unprotects the resource, with its URN on the stack", () => {
        const change = diffModels({ base: prodBase, head: prod({ clients: replaceClient("storefront", { ...storefront, firstParty: false }) }), headStack: { stack: "prod", environment: "production", vars: {} } }).changes[0];
        const refused = change.risks.find((r) => r.risk === "refused");
        expect(refused?.reason).toContain(
            "`pulumi state unprotect 'urn:pulumi:prod::auth0-topology::auth0-topology:index:Tenant$auth0:index/client:Client::storefront'`",
        );
        expect(change.risks.find((r) => r.risk === "replaces")?.reason).toContain("the program (replaceOnChanges) replaces the resource on a change of isFirstParty");
    });

    it("the same changes on a development stack replace and delete without refusal", () => {
        for (const [, before, after] of cases) {
            const dev = (m: TenantModel): TenantModel => ({ ...m, environment: "development" });
            expect(diffModels({ base: dev(before), head: dev(after) }).changes.flatMap((c) => c.risks.map((r) => r.risk))).not.toContain("refused");
        }
    });
});

describe("renames", () => {
    const renamedApp = client("shop", "spa", { formerKeys: ["storefront"], source: { path: "apps.shop" } });
    const renamedGrants = [grant("shop", "catalog", ["read:products"]), ...base.grants.slice(1)];

    it("with formerly, an app keeps its client: one change, no deletion, no access change", () => {
        const result = diffModels({ base, head: edit({ clients: replaceClient("storefront", renamedApp), grants: renamedGrants }) });
        expect(result.changes.map((c) => [c.path, c.action, c.risks.length])).toEqual([["apps.shop", "changed", 0]]);
        expect(result.changes[0].fields[0]).toEqual({ field: "key", before: "storefront", after: "shop" });
        expect(result.access.filter((a) => a.subject.startsWith("shop") || a.subject.startsWith("storefront"))).toEqual([]);
    });

    it("without formerly, the old client is deleted and the hint names the likely new key", () => {
        const result = diffModels({ base, head: edit({ clients: replaceClient("storefront", { ...renamedApp, formerKeys: [] }), grants: renamedGrants }) });
        const removed = result.changes.find((c) => c.action === "removed");
        expect(removed?.path).toBe("apps.storefront");
        expect(removed?.risks[0].reason).toContain("formerly: [storefront]");
        expect(result.changes.find((c) => c.action === "added")?.risks.map((r) => r.risk)).toEqual(["widens-access"]);
    });

    it("an API renamed with formerly moves its grants, roles and backend along", () => {
        const goods = { ...catalog, key: "goods", formerKeys: ["catalog"], source: { path: "apis.goods" } };
        const head = tenant({
            apis: [goods, inventory, management],
            clients: [storefront, sync, caller("goods")],
            grants: [grant("storefront", "goods", ["read:products"]), machine("sync", "goods", ["write:products"]), machine("goods/caller", "inventory", ["read:stock"])],
            roles: [role("merchandiser", { goods: ["read:products"] })],
        });
        const result = diffModels({ base, head });
        expect(result.changes.map((c) => [c.path, c.action])).toEqual([["apis.goods", "changed"]]);
        expect(result.access).toEqual([]);
    });

    it("an API renamed without formerly cannot be created next to the old one", () => {
        const goods = { ...catalog, key: "goods", source: { path: "apis.goods" } };
        const result = diffModels({ base, head: edit({ apis: replaceApi("catalog", goods) }) });
        const added = result.changes.find((c) => c.kind === "api" && c.action === "added");
        expect(added?.risks.map((r) => r.risk)).toEqual(["replaces"]);
        expect(added?.risks[0].reason).toContain("formerly: [catalog]");
        expect(result.changes.find((c) => c.kind === "api" && c.action === "removed")?.risks.map((r) => r.risk)).toEqual(["deletes"]);
    });
});

describe("an API's backend", () => {
    it("is said to get or lose its machine client, not to be created or removed itself", () => {
        const withoutCaller = edit({ clients: [storefront, sync], grants: base.grants.slice(0, 2) });
        const summaries = (before: TenantModel, after: TenantModel) => diffModels({ base: before, head: after }).changes.filter((c) => c.kind === "app").map((c) => c.summary);
        expect(summaries(withoutCaller, base)).toEqual(["new machine client of the backend of API `catalog`"]);
        expect(summaries(base, withoutCaller)).toEqual(["machine client of the backend of API `catalog` is removed"]);
    });
});

describe("access matrix delta", () => {
    it("lists exactly the rows whose scopes changed, with gained and lost scopes", () => {
        const head = edit({ grants: [grant("storefront", "catalog", ["write:products"]), ...base.grants.slice(1)] });
        expect(diffModels({ base, head }).access).toEqual([
            { subject: "storefront (spa)", via: "user", api: "catalog", before: ["read:products"], after: ["write:products"], added: ["write:products"], removed: ["read:products"] },
        ]);
    });
});

describe("findings", () => {
    const finding = (path: string, line: number) => ({ rule: "unused-scope", severity: "warning" as const, message: `unused ${path}`, path, line });
    it("reports added and resolved findings, ignoring moved lines", () => {
        const delta = diffModels({ base, head: base, baseFindings: [finding("a", 1), finding("b", 2)], headFindings: [finding("b", 9), finding("c", 3)] }).findings;
        expect(delta.added.map((f) => f.path)).toEqual(["c"]);
        expect(delta.resolved.map((f) => f.path)).toEqual(["a"]);
    });
    it("keeps a finding whose message only quotes changed values, and pairs repeated findings one to one", () => {
        const reworded = { ...finding("b", 2), message: "unused b, now at another audience" };
        const delta = diffModels({ base, head: base, baseFindings: [finding("b", 2)], headFindings: [reworded, finding("b", 5)] }).findings;
        expect(delta.resolved).toEqual([]);
        expect(delta.added.map((f) => [f.path, f.line])).toEqual([["b", 5]]);
    });
    it("reports a newly waived finding as resolved (active) and added (waived)", () => {
        const waived = { ...finding("b", 2), waived: { reason: "ADR-9" } };
        const delta = diffModels({ base, head: base, baseFindings: [finding("b", 2)], headFindings: [waived] }).findings;
        expect(delta.resolved.map((f) => f.waived)).toEqual([undefined]);
        expect(delta.added.map((f) => f.waived)).toEqual([{ reason: "ADR-9" }]);
    });
});

describe("nothing unchanged is reported", () => {
    const shuffled = <T>(items: readonly T[], seed: number) => [...items].sort((a, b) => ((JSON.stringify(a).length * seed) % 7) - ((JSON.stringify(b).length * seed) % 7));
    it("holds for any order of elements, grants' scopes and URL lists", () => {
        fc.assert(
            fc.property(fc.integer({ min: 1, max: 1000 }), (seed) => {
                const head: TenantModel = {
                    ...base,
                    apis: shuffled(base.apis, seed).map((a) => ({ ...a, scopes: shuffled(a.scopes, seed) })),
                    clients: shuffled(base.clients, seed),
                    grants: shuffled(base.grants, seed).map((g) => ({ ...g, scopes: shuffled(g.scopes, seed), source: { ...g.source, line: seed } })),
                    roles: shuffled(base.roles, seed),
                };
                const result = diffModels({ base, head });
                return result.changes.length === 0 && result.access.length === 0;
            }),
            fuzzRuns(100),
        );
    });
});

describe("lookalike text is shown as what it is", () => {
    const shop = client("shop", "spa", { callbacks: ["https://shop.example.com/callback"] });
    const withCallback = (callback: string) => tenant({ clients: [{ ...shop, callbacks: [callback] }] });

    it("prints a callback whose host has a Cyrillic letter with its xn-- form, unlike the real host", () => {
        const [change] = diffModels({ base: withCallback("https://shop.example.com/callback"), head: withCallback("https://shоp.example.com/callback") }).changes;
        const field = change!.fields.find((f) => f.field === "callbacks")!;
        expect(field).toEqual({ field: "callbacks", before: "https://shop.example.com/callback", after: "https://shоp.example.com/callback (host xn--shp-ted.example.com)" });
        expect(change!.risks.map((r) => r.reason)).toEqual(
            expect.arrayContaining(["authorization codes may now be sent to: https://shоp.example.com/callback (host xn--shp-ted.example.com)"]),
        );
    });

    it("spells out an invisible character in a changed URL and an API identifier", () => {
        const [change] = diffModels({ base: withCallback("https://shop.example.com/callback"), head: withCallback("https://shop.example.com/\u202ecallback") }).changes;
        expect(change!.fields.find((f) => f.field === "callbacks")!.after).toBe("https://shop.example.com/⟨U+202E⟩callback");
        const renamed = diffModels({ base: tenant({ apis: [catalog] }), head: tenant({ apis: [{ ...catalog, identifier: "https://catalog.example.com\u200b" }] }) }).changes;
        expect(renamed[0]!.fields.find((f) => f.field === "identifier")).toEqual({ field: "identifier", before: catalog.identifier, after: "https://catalog.example.com⟨U+200B⟩ (host catalog.example.com)" });
    });
});
