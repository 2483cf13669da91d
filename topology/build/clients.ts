// An app (or an API's machine client) becomes an auth0.Client plus an auth0.ClientCredentials:
// since provider v1 the token endpoint auth method lives only on ClientCredentials, so public
// clients get one too, with method "none" (and therefore no secret).
import * as auth0 from "@pulumi/auth0";
import { AUTH0_APP_TYPE } from "../../policies/src/auth0-vocabulary";
import { REFRESH_TOKEN_DEFAULTS, type Client } from "../../policies/src/model";
import { thirdPartyMode } from "../../policies/src/rules/model-index";
import { AUTH0_TYPES } from "../../policies/src/pack/auth0-types";
import { childOptions, type ChildContext } from "./options";
import { replaceOnChanges } from "./replacements";
import type { FindApi } from "./targets";

export interface BuiltClient {
    spec: Client;
    client: auth0.Client;
    credentials: auth0.ClientCredentials;
}

/** Auth0's defaults for an app without refresh tokens, written out so the tenant cannot drift. */
const NO_REFRESH_TOKENS: auth0.types.input.ClientRefreshToken = {
    rotationType: "non-rotating",
    expirationType: "non-expiring",
    infiniteTokenLifetime: true,
    infiniteIdleTokenLifetime: true,
};

function refreshTokenSettings(client: Client, findApi: FindApi): auth0.types.input.ClientRefreshToken {
    // Strict third-party apps cannot have non-expiring refresh tokens or infinite lifetimes
    // (Auth0: third-party security controls): without refresh tokens they get the expiring defaults.
    const settings = client.refreshToken ?? (thirdPartyMode(client) === "strict" ? { ...REFRESH_TOKEN_DEFAULTS, policies: [] } : null);
    if (settings === null) return NO_REFRESH_TOKENS;
    return {
        rotationType: settings.rotation,
        expirationType: settings.expiration,
        tokenLifetime: settings.tokenLifetime,
        idleTokenLifetime: settings.idleTokenLifetime,
        infiniteTokenLifetime: false,
        infiniteIdleTokenLifetime: false,
        policies: settings.policies.map((policy) => ({
            audience: findApi(policy.audience, `the refresh-token policy of ${client.source.path}`).identifier,
            scopes: policy.scopes,
        })),
    };
}

function authenticationMethod(client: Client): string {
    if (client.authMethod === "private_key_jwt") {
        // Needs credentials (public keys) the model does not carry; the topology cannot ask for it.
        throw new Error(`${client.source.path}: private_key_jwt clients are not supported by the builder`);
    }
    return client.authMethod;
}

function clientArgs(client: Client, findApi: FindApi): auth0.ClientArgs {
    const args: auth0.ClientArgs = {
        name: client.name,
        appType: AUTH0_APP_TYPE[client.type],
        isFirstParty: client.firstParty,
        grantTypes: client.grantTypes,
        callbacks: client.callbacks,
        webOrigins: client.webOrigins,
        allowedOrigins: client.allowedOrigins,
        jwtConfiguration: { alg: client.idTokenSigningAlg },
        refreshToken: refreshTokenSettings(client, findApi),
    };
    if (client.description !== undefined) args.description = client.description;
    const mode = thirdPartyMode(client);
    if (mode !== undefined) args.thirdPartySecurityMode = mode;
    // A strict third-party app accepts only a curated set of properties: logout URLs (no logout
    // endpoints) and the OIDC conformance flag (no OIDC at all) are not among them.
    if (mode !== "strict") {
        args.allowedLogoutUrls = client.logoutUrls;
        args.oidcConformant = client.oidcConformant;
    }
    return args;
}

export function buildClient(client: Client, ctx: ChildContext, findApi: FindApi): BuiltClient {
    const options = childOptions(ctx, client.formerKeys, { protectInProduction: true });
    options.replaceOnChanges = replaceOnChanges(AUTH0_TYPES.client);
    const created = new auth0.Client(client.key, clientArgs(client, findApi), options);
    const credentials = new auth0.ClientCredentials(
        client.key,
        { clientId: created.clientId, authenticationMethod: authenticationMethod(client) },
        childOptions(ctx, client.formerKeys),
    );
    return { spec: client, client: created, credentials };
}

/** Public clients authenticate with "none" and have no secret worth exporting. */
export function hasSecret(client: Client): boolean {
    return client.authMethod === "client_secret_post" || client.authMethod === "client_secret_basic";
}
