// The audiences each app requests user tokens for: the basis of the one-audience-per-token rules.
import type { Api, Client, TenantModel } from "../../model";
import { resolvedGrants } from "../model-index";
import { oncePer } from "../once";
import { compareText } from "../../compare-text";

export interface AppAudiences {
    client: Client;
    apis: Api[];
}

const byIdentifier = (a: Api, b: Api) => compareText(a.identifier, b.identifier);

/** Apps with at least one user grant to a declared API, each with the distinct APIs it reaches, by audience
 * (so both front ends, whatever order they list grants in, word findings alike). Once per model: two rules ask. */
export const userAudiences = oncePer((model: TenantModel): readonly AppAudiences[] => {
    const reached = new Map<string, { client: Client; apis: Set<Api> }>();
    for (const { grant, client, api } of resolvedGrants(model)) {
        if (grant.subjectType !== "user") continue;
        let entry = reached.get(client.key);
        if (entry === undefined) reached.set(client.key, (entry = { client, apis: new Set() }));
        entry.apis.add(api);
    }
    return [...reached.values()].map(({ client, apis }) => ({ client, apis: [...apis].sort(byIdentifier) }));
});
