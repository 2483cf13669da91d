// A managed API becomes exactly two resources: the resource server and all of its scopes in one
// ResourceServerScopes (one resource per scope would cost one Management API call each).
import * as auth0 from "@pulumi/auth0";
import { AUTH0_ACCESS_POLICY, AUTH0_TOKEN_DIALECT } from "../../policies/src/auth0-vocabulary";
import type { Api } from "../../policies/src/model";
import { childOptions, type ChildContext } from "./options";

export interface BuiltApi {
    server: auth0.ResourceServer;
    scopes: auth0.ResourceServerScopes;
}

export function buildApi(api: Api, ctx: ChildContext): BuiltApi {
    const server = new auth0.ResourceServer(
        api.key,
        {
            identifier: api.identifier,
            name: api.name,
            signingAlg: api.signingAlg,
            tokenLifetime: api.tokenLifetime,
            // Explicit: Auth0's default (7200) is refused when it exceeds a shorter tokenLifetime.
            tokenLifetimeForWeb: api.tokenLifetimeForWeb,
            allowOfflineAccess: api.offlineAccess,
            enforcePolicies: api.rbac,
            tokenDialect: api.permissionsInToken ? AUTH0_TOKEN_DIALECT.withPermissions : AUTH0_TOKEN_DIALECT.plain,
            skipConsentForVerifiableFirstPartyClients: api.skipConsentForFirstParty,
            subjectTypeAuthorization: {
                user: { policy: AUTH0_ACCESS_POLICY[api.userAccess] },
                client: { policy: AUTH0_ACCESS_POLICY[api.clientAccess] },
            },
        },
        childOptions(ctx, api.formerKeys, { protectInProduction: true }),
    );
    const scopes = new auth0.ResourceServerScopes(
        api.key,
        {
            resourceServerIdentifier: server.identifier,
            scopes: api.scopes.map((scope) => ({ name: scope.value, description: scope.description })),
        },
        childOptions(ctx, api.formerKeys),
    );
    return { server, scopes };
}
