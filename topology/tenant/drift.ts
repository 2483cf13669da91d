// Drift: the design (a topology file, for a stack) against a tenant. The tenant is adopted as
// `import` would adopt it, then its elements take the design's keys by identity (API identifier,
// client and role display name), so the diff pairs what is the same object. Two parts:
// - drift: what differs in what the topology expresses (someone changed it in the dashboard);
// - unexpressed: settings the program sets but the topology derives (grant types, auth method,
//   ID token algorithm, refresh token details, token dialect): the next `pulumi up` resets them.
import { grantPath, MANAGEMENT_API, type TenantModel } from "../../policies/src/model";
import { pathText } from "../../policies/src/path";
import type { ChangeSet } from "../diff/changeset";
import { diffModels } from "../diff/diff";
import { planImport } from "./import";
import type { TenantSnapshot } from "./shape";

export interface Drift {
    drift: ChangeSet;
    unexpressed: ChangeSet;
}

type KeyMap = Map<string, string>;

/** tenant key -> design key, by identity; a tenant-only element keeps its key unless the design uses it. */
function keyMap<T extends { key: string }>(tenant: readonly T[], design: readonly T[], identity: (e: T) => string): KeyMap {
    const designKeys = new Set(design.map((e) => e.key));
    const byIdentity = new Map(design.map((e) => [identity(e), e.key]));
    const map: KeyMap = new Map();
    for (const element of tenant) {
        const match = byIdentity.get(identity(element));
        if (match !== undefined) {
            byIdentity.delete(identity(element));
            map.set(element.key, match);
        } else map.set(element.key, designKeys.has(element.key) ? `${element.key}-in-tenant` : element.key);
    }
    return map;
}

/** The tenant's model under the design's keys, with topology paths to match. */
function rekeyed(model: TenantModel, keys: { apis: KeyMap; clients: KeyMap; roles: KeyMap }, management: TenantModel["apis"][number] | undefined): TenantModel {
    const api = (key: string) => keys.apis.get(key) ?? key;
    const clients = model.clients.map((c) => {
        const key = keys.clients.get(c.key) ?? c.key;
        return { ...c, key, source: { ...c.source, path: pathText(["apps", key]) } };
    });
    return {
        ...model,
        apis: model.apis.map((a) => (a.key === MANAGEMENT_API && management !== undefined ? management : { ...a, key: api(a.key), source: { ...a.source, path: pathText(["apis", api(a.key)]) } })),
        clients,
        grants: model.grants.map((g) => {
            const client = clients.find((c) => c.key === (keys.clients.get(g.client) ?? g.client))!;
            return { ...g, client: client.key, api: api(g.api), source: { ...g.source, path: grantPath(client, api(g.api), g.subjectType) } };
        }),
        roles: model.roles.map((r) => {
            const key = keys.roles.get(r.key) ?? r.key;
            return { ...r, key, permissions: r.permissions.map((p) => ({ ...p, api: api(p.api) })), source: { ...r.source, path: pathText(["roles", key]) } };
        }),
    };
}

export function driftOf(design: TenantModel, snapshot: TenantSnapshot): Drift {
    const plan = planImport(snapshot, { environment: design.environment });
    const keys = {
        apis: keyMap(plan.design.apis, design.apis, (a) => a.identifier),
        clients: keyMap(plan.design.clients, design.clients, (c) => c.name),
        roles: keyMap(plan.design.roles, design.roles, (r) => r.name),
    };
    // The built-in Management API is the design's (its audience follows the stack's domain).
    const management = design.apis.find((a) => a.key === MANAGEMENT_API);
    const expressed = rekeyed(plan.design, keys, management);
    const asIs = rekeyed(plan.tenant, keys, management);
    const settings = { waivers: design.waivers, plan: design.plan, maxAudiences: design.maxAudiences };
    return {
        drift: diffModels({ base: design, head: { ...expressed, ...settings } }),
        unexpressed: diffModels({ base: { ...expressed, ...settings }, head: { ...asIs, ...settings } }),
    };
}
