// Lookups a rule builds once per check, so that no rule scans clients or APIs for each grant
// (models can hold tens of thousands of elements).
import type { Api, Client, Grant, TenantModel, ThirdPartySecurityMode } from "../model";
import { oncePer } from "./once";

const index = oncePer((items: readonly { key: string }[]): ReadonlyMap<string, unknown> => new Map(items.map((item) => [item.key, item])));

/** Built once per list: a dozen rules look elements up by key in the same model. */
export function byKey<T extends { key: string }>(items: readonly T[]): ReadonlyMap<string, T> {
    return index(items) as ReadonlyMap<string, T>;
}

export interface ResolvedGrant {
    grant: Grant;
    client: Client;
    api: Api;
}

/** Grants whose client and API both exist (dangling references are the reference rules' findings), once per model. */
export const resolvedGrants: (model: TenantModel) => readonly ResolvedGrant[] = oncePer(resolveGrants);

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

/** The topology path of a grant's scope (`<grant path>.<index>`), made for a report only. */
export function grantScopePath(grant: Grant, index: number): string {
    return `${grant.source.path}.${index}`;
}

/** spa and native apps run on the user's device and cannot keep a secret: OAuth public clients. */
export function isPublicClient(client: Pick<Client, "type">): boolean {
    return client.type === "spa" || client.type === "native";
}

/** A third-party app's security mode; Auth0 gives every new third-party app the strict one. undefined for first-party apps. */
export function thirdPartyMode(client: Pick<Client, "firstParty" | "thirdPartySecurityMode">): ThirdPartySecurityMode | undefined {
    return client.firstParty ? undefined : (client.thirdPartySecurityMode ?? "strict");
}
