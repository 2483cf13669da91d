// What the design uses of each API, shared so that the rules agree on what counts as a reference.
import type { TenantModel } from "../../model";
import { oncePer } from "../once";

export interface ApiUsage {
    scopes: Set<string>;
    /** A grant allows every scope, so none of them is unused. */
    allScopes: boolean;
    /** Clients holding a client-credentials grant to the API. */
    machines: Set<string>;
}

function entryOf(usage: Map<string, ApiUsage>, apiKey: string): ApiUsage {
    let entry = usage.get(apiKey);
    if (entry === undefined) usage.set(apiKey, (entry = { scopes: new Set(), allScopes: false, machines: new Set() }));
    return entry;
}

/** Per API key, what grants give (a new map each call). */
function usageOfGrants(model: TenantModel): Map<string, ApiUsage> {
    const usage = new Map<string, ApiUsage>();
    for (const g of model.grants) {
        const entry = entryOf(usage, g.api);
        for (const scope of g.scopes) entry.scopes.add(scope);
        entry.allScopes ||= g.allowAllScopes;
        if (g.subjectType === "client") entry.machines.add(g.client);
    }
    return usage;
}

/** Per API key, what grants, role permissions and refresh-token policies reference (a new map each call). */
function usageOfEverything(model: TenantModel): Map<string, ApiUsage> {
    const usage = usageOfGrants(model);
    for (const role of model.roles) for (const p of role.permissions) entryOf(usage, p.api).scopes.add(p.scope);
    const byIdentifier = new Map(model.apis.map((a) => [a.identifier, a.key]));
    for (const client of model.clients) {
        for (const policy of client.refreshToken?.policies ?? []) {
            const apiKey = byIdentifier.get(policy.audience);
            if (apiKey === undefined) continue;
            const entry = entryOf(usage, apiKey);
            for (const scope of policy.scopes) entry.scopes.add(scope);
        }
    }
    return usage;
}

type Usage = ReadonlyMap<string, Readonly<ApiUsage>>;

/** Per API key, what grants give; an API absent from the map has no grant. */
export const grantUsage: (model: TenantModel) => Usage = oncePer(usageOfGrants);

/** Per API key, what grants, role permissions and refresh-token policies reference; an API absent from the map is referenced by nothing. */
export const apiUsage: (model: TenantModel) => Usage = oncePer(usageOfEverything);
