// One auth0.ClientGrant per (client, API, subject type), with the subject type always explicit
// (the provider defaults it to "client", which would turn a user grant into a machine grant).
import * as auth0 from "@pulumi/auth0";
import type { Grant, SubjectType } from "../../policies/src/model";
import type { BuiltClient } from "./clients";
import { childOptions, type ChildContext } from "./options";
import type { FindApi } from "./targets";

export function grantName(clientKey: string, apiKey: string, subjectType: SubjectType): string {
    return `${clientKey}/${apiKey}/${subjectType}`;
}

type Renamable = { key: string; formerKeys: readonly string[] };

/**
 * Every name this grant had under the former keys of its client and API. Without these aliases a
 * rename would create the new grant before deleting the old one, and Auth0 refuses a second grant
 * for the same client and audience (409).
 */
function formerGrantNames(client: Renamable, api: Renamable, subjectType: SubjectType): string[] {
    const current = grantName(client.key, api.key, subjectType);
    return [client.key, ...client.formerKeys]
        .flatMap((c) => [api.key, ...api.formerKeys].map((a) => grantName(c, a, subjectType)))
        .filter((name) => name !== current);
}

export function buildGrant(
    grant: Grant,
    clients: ReadonlyMap<string, BuiltClient>,
    ctx: ChildContext,
    findApi: FindApi,
): auth0.ClientGrant {
    const built = clients.get(grant.client);
    if (built === undefined) {
        throw new Error(`${grant.source.path} names app '${grant.client}', which the model does not declare`);
    }
    const target = findApi(grant.api, grant.source.path);
    const args: auth0.ClientGrantArgs = {
        clientId: built.client.clientId,
        audience: target.api.identifier,
        subjectType: grant.subjectType,
    };
    if (grant.allowAllScopes) args.allowAllScopes = true;
    else args.scopes = grant.scopes;
    const client = built.spec;
    return new auth0.ClientGrant(
        grantName(client.key, target.api.key, grant.subjectType),
        args,
        childOptions(ctx, formerGrantNames(client, target.api, grant.subjectType), { dependsOn: target.scopesReady }),
    );
}
