// Lookups a rule builds once per check, so that no rule scans clients or APIs for each grant
// (models can hold tens of thousands of elements).
import type { Api, Client, Grant, TenantModel, ThirdPartySecurityMode } from "../model";

export function byKey<T extends { key: string }>(items: readonly T[]): Map<string, T> {
    return new Map(items.map((item) => [item.key, item]));
}

export interface ResolvedGrant {
    grant: Grant;
    client: Client;
    api: Api;
}

/** Grants whose client and API both exist; dangling references are the reference rules' findings. */
export function resolvedGrants(model: TenantModel): ResolvedGrant[] {
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
