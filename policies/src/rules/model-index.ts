// Lookups a rule builds once per check, so that no rule scans clients or APIs for each grant
// (models can hold tens of thousands of elements).
import type { Api, Client, Grant, TenantModel, ThirdPartySecurityMode } from "../model";

const keyed = new WeakMap<readonly object[], Map<string, unknown>>();

/** Built once per list: a dozen rules look elements up by key in the same model. */
export function byKey<T extends { key: string }>(items: readonly T[]): ReadonlyMap<string, T> {
    let index = keyed.get(items);
    if (index === undefined) {
        index = new Map(items.map((item) => [item.key, item]));
        keyed.set(items, index);
    }
    return index as Map<string, T>;
}

export interface ResolvedGrant {
    grant: Grant;
    client: Client;
    api: Api;
}

/** Dangling references are the reference rules' findings. */
const resolved = new WeakMap<readonly Grant[], readonly ResolvedGrant[]>();

/** Grants whose client and API both exist, computed once per model's grant list. */
export function resolvedGrants(model: TenantModel): readonly ResolvedGrant[] {
    let list = resolved.get(model.grants);
    if (list === undefined) {
        list = resolveGrants(model);
        resolved.set(model.grants, list);
    }
    return list;
}

function resolveGrants(model: TenantModel): ResolvedGrant[] {
    const clients = byKey(model.clients);
    const apis = byKey(model.apis);
    const resolved: ResolvedGrant[] = [];
    for (const grant of model.grants) {
        const client = clients.get(grant.client);
        const api = apis.get(grant.api);
        if (client !== undefined && api !== undefined) resolved.push({ grant, client, api });
    }
    return resolved;
}

/** Each scope of a grant with its topology path (`<grant path>.<index>`). */
export function grantScopes(grant: Grant): { scope: string; path: string }[] {
    return grant.scopes.map((scope, index) => ({ scope, path: `${grant.source.path}.${index}` }));
}

/** spa and native apps run on the user's device and cannot keep a secret: OAuth public clients. */
export function isPublicClient(client: Pick<Client, "type">): boolean {
    return client.type === "spa" || client.type === "native";
}

/** A third-party app's security mode; Auth0 gives every new third-party app the strict one. undefined for first-party apps. */
export function thirdPartyMode(client: Pick<Client, "firstParty" | "thirdPartySecurityMode">): ThirdPartySecurityMode | undefined {
    return client.firstParty ? undefined : (client.thirdPartySecurityMode ?? "strict");
}
