// Hand-written Auth0 stacks, shaped as a Pulumi program that no topology produced would register
// them: URNs, an explicit provider, property dependencies, and client ids unknown at preview.
import { UNKNOWN } from "../../policies/src/pack/resource";
import { AUTH0_TYPES } from "../../policies/src/pack/auth0-types";
import type { StackResource } from "../../topology/analyzer";

const STACK = "urn:pulumi:dev::shop";
export const DOMAIN = "shop-dev.eu.auth0.com";

export function urn(type: string, name: string): string {
    return `${STACK}::${type}::${name}`;
}

const provider = {
    urn: urn(AUTH0_TYPES.provider, "tenant"),
    type: AUTH0_TYPES.provider,
    name: "tenant",
    props: { domain: DOMAIN },
};

type Kind = Exclude<keyof typeof AUTH0_TYPES, "provider">;

export function resource(kind: Kind, name: string, props: Record<string, unknown>, deps: Record<string, string[]> = {}): StackResource {
    const type = AUTH0_TYPES[kind];
    return { urn: urn(type, name), type, name, props, propertyDependencies: deps, provider };
}

export function api(name: string, identifier: string, scopes: string[]): StackResource[] {
    const server = resource("resourceServer", name, {
        identifier,
        name,
        enforcePolicies: true,
        allowOfflineAccess: true,
        tokenDialect: "access_token_authz",
        skipConsentForVerifiableFirstPartyClients: true,
        subjectTypeAuthorization: { user: { policy: "require_client_grant" }, client: { policy: "require_client_grant" } },
    });
    const scopeSet = resource(
        "resourceServerScopes",
        name,
        { resourceServerIdentifier: identifier, scopes: scopes.map((s) => ({ name: s, description: s })) },
        { resourceServerIdentifier: [server.urn] },
    );
    return [server, scopeSet];
}

/** A client about to be created: its clientId is unknown, so dependants link through property dependencies. */
export function client(name: string, props: Record<string, unknown>, authenticationMethod: string): StackResource[] {
    const created = resource("client", name, { name, oidcConformant: true, jwtConfiguration: { alg: "RS256" }, ...props });
    const credentials = resource("clientCredentials", name, { clientId: UNKNOWN, authenticationMethod }, { clientId: [created.urn] });
    return [created, credentials];
}

export function grant(name: string, clientName: string, audience: string, scopes: string[], subjectType: "user" | "client", audienceFrom?: string): StackResource {
    const deps: Record<string, string[]> = { clientId: [urn(AUTH0_TYPES.client, clientName)] };
    if (audienceFrom !== undefined) deps.audience = [audienceFrom];
    return resource("clientGrant", name, { clientId: UNKNOWN, audience, scopes, subjectType }, deps);
}

export const SPA = {
    appType: "spa",
    grantTypes: ["authorization_code", "refresh_token"],
    callbacks: ["https://shop.example.com/callback"],
    allowedLogoutUrls: ["https://shop.example.com"],
    webOrigins: ["https://shop.example.com"],
    refreshToken: { rotationType: "rotating", expirationType: "expiring", tokenLifetime: 2592000, idleTokenLifetime: 1296000 },
};

/** A stack that hangs together: a SPA calling one API with a user grant, a service calling it as itself. */
export function coherentStack(): StackResource[] {
    const orders = api("orders", "https://orders.example.com", ["read:orders", "write:orders"]);
    return [
        ...orders,
        ...client("storefront", SPA, "none"),
        grant("storefront-orders", "storefront", "https://orders.example.com", ["read:orders"], "user", orders[0]!.urn),
        ...client("fulfilment", { appType: "non_interactive", grantTypes: ["client_credentials"] }, "client_secret_post"),
        grant("fulfilment-orders", "fulfilment", "https://orders.example.com", ["write:orders"], "client", orders[0]!.urn),
    ];
}
