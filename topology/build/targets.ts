// Finds the API a grant, a role permission or a refresh-token policy points at. `identifier` is a
// managed API's resource-server output, so what takes it depends on the server; external APIs and
// the Management API are never created and are referenced by their identifier as written. Grants
// and role permissions write the identifier as written too (`api.identifier`, the same value,
// known even in a preview) and are ordered by `scopesReady`, which follows the server: an output
// per grant and permission costs Pulumi work that orders nothing more.
import * as pulumi from "@pulumi/pulumi";
import type { Api, TenantModel } from "../../policies/src/model";
import type { BuiltApi } from "./apis";

export interface ApiTarget {
    api: Api;
    identifier: pulumi.Input<string>;
    /** Resources that must exist before something may use the API's scopes (managed APIs only). */
    scopesReady: pulumi.Resource[];
}

/** Looks an API up by key, or by identifier (refresh-token policies name audiences). */
export type FindApi = (ref: string, referrer: string) => ApiTarget;

export function apiFinder(model: TenantModel, built: ReadonlyMap<string, BuiltApi>): FindApi {
    // Indexed once: the program looks an API up for every grant, permission and policy.
    const byKey = new Map(model.apis.map((a) => [a.key, a]));
    const byIdentifier = new Map(model.apis.map((a) => [a.identifier, a]));
    return (ref, referrer) => {
        const api = byKey.get(ref) ?? byIdentifier.get(ref);
        if (api === undefined) {
            // Only a model the checker rejected (unknown-api) gets here; the program never builds one.
            throw new Error(`${referrer} names API '${ref}', which the model does not declare`);
        }
        const resources = built.get(api.key);
        if (resources === undefined) return { api, identifier: api.identifier, scopesReady: [] };
        return { api, identifier: resources.server.identifier, scopesReady: [resources.scopes] };
    };
}
