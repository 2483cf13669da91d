// Renames declared with `formerly`: the builder aliases the old Pulumi resources, so the Auth0
// object (its audience, its client id) is kept. The diff therefore compares a renamed element
// with its former self, after rewriting the old version's keys to the new ones.
import { callerClientKey, type TenantModel } from "../../policies/src/model";

export interface Renames {
    apis: Map<string, string>;
    clients: Map<string, string>;
    roles: Map<string, string>;
}

/** Old key -> new key, for each element of `head` that names a key of `base` as former. */
function renamesOf(baseKeys: Set<string>, head: readonly { key: string; formerKeys: string[] }[]): Map<string, string> {
    const headKeys = new Set(head.map((e) => e.key));
    const map = new Map<string, string>();
    for (const element of head) {
        for (const former of element.formerKeys) {
            if (baseKeys.has(former) && !headKeys.has(former) && !baseKeys.has(element.key)) map.set(former, element.key);
        }
    }
    return map;
}

export function findRenames(base: TenantModel, head: TenantModel): Renames {
    const keys = (elements: readonly { key: string }[]) => new Set(elements.map((e) => e.key));
    const apis = renamesOf(keys(base.apis), head.apis);
    const clients = renamesOf(keys(base.clients), head.clients);
    // An API's machine client is named after the API, so it follows the API's rename.
    for (const [from, to] of apis) {
        if (base.clients.some((c) => c.key === callerClientKey(from))) clients.set(callerClientKey(from), callerClientKey(to));
    }
    return { apis, clients, roles: renamesOf(keys(base.roles), head.roles) };
}

/** `base` with every renamed key replaced by its new key, wherever it is referenced. */
export function applyRenames(base: TenantModel, renames: Renames): TenantModel {
    const api = (k: string) => renames.apis.get(k) ?? k;
    const client = (k: string) => renames.clients.get(k) ?? k;
    return {
        ...base,
        apis: base.apis.map((a) => ({ ...a, key: api(a.key) })),
        clients: base.clients.map((c) => ({ ...c, key: client(c.key), ...(c.callerOf === undefined ? {} : { callerOf: api(c.callerOf) }) })),
        grants: base.grants.map((g) => ({ ...g, client: client(g.client), api: api(g.api) })),
        roles: base.roles.map((r) => ({
            ...r,
            key: renames.roles.get(r.key) ?? r.key,
            permissions: r.permissions.map((p) => ({ ...p, api: api(p.api) })),
        })),
    };
}
