// Hand-written stacks in the shapes public Pulumi programs register with @pulumi/auth0 1.x, 2.x
// and 3.x (studied, not copied): inline scopes and permissions, the client's own auth method,
// grants without subjectType, singular scope and permission resources, Rules and Hooks, explicit
// providers for several tenants, stacks managing part of a tenant; and the planned-output shape
// the engine sends at `pulumi preview`.
import { AUTH0_TYPES } from "../../policies/src/pack/auth0-types";
import { UNKNOWN } from "../../policies/src/pack/resource";
import type { StackResource } from "../../topology/analyzer";
import { plannedState } from "../../topology/analyzer/engine-view";

const STACK = "urn:pulumi:dev::warehouse";
const urn = (type: string, name: string) => `${STACK}::${type}::${name}`;

type Provider = NonNullable<StackResource["provider"]>;

/** An explicit auth0.Provider, or the engine's default one (configured from auth0:domain). */
export function provider(name: string, domain: string): Provider {
    const type = AUTH0_TYPES.provider;
    return { urn: urn(type, name), type, name, props: { domain, clientId: "provider-client", version: "3.49.0" } };
}

const DEFAULT = provider("default_3_49_0", "warehouse-dev.eu.auth0.com");

function make(type: string, name: string, props: Record<string, unknown>, deps: Record<string, string[]> = {}, on: Provider = DEFAULT): StackResource {
    return { urn: urn(type, name), type, name, props, propertyDependencies: deps, provider: on };
}

const SPA_BASE = {
    appType: "spa",
    grantTypes: ["authorization_code", "refresh_token"],
    oidcConformant: true,
    refreshToken: { rotationType: "rotating", expirationType: "expiring", tokenLifetime: 2592000, idleTokenLifetime: 1296000, leeway: 0, infiniteTokenLifetime: false, infiniteIdleTokenLifetime: false },
};

/** @pulumi/auth0 1.x: everything inline, the client's own auth method, a grant without subjectType, a Rule and a Hook. */
export function generation1(): StackResource[] {
    const api = make(AUTH0_TYPES.resourceServer, "inventory", {
        name: "Inventory",
        identifier: "https://inventory.warehouse.example",
        signingAlg: "RS256",
        enforcePolicies: true,
        tokenDialect: "access_token_authz",
        skipConsentForVerifiableFirstPartyClients: true,
        scopes: [
            { value: "read:stock", description: "Read stock levels" },
            { value: "write:stock", description: "Change stock levels" },
        ],
    });
    // A 1.x SPA that still authenticates with a secret: the shape of Pulumi's own old example.
    const ui = make(AUTH0_TYPES.client, "warehouse-ui", {
        ...SPA_BASE,
        name: "Warehouse UI",
        tokenEndpointAuthMethod: "client_secret_post",
        callbacks: ["https://warehouse.example/callback"],
        webOrigins: ["https://warehouse.example"],
        allowedLogoutUrls: ["https://warehouse.example"],
    });
    const job = make(AUTH0_TYPES.client, "restocker", { name: "Restocker", appType: "non_interactive", grantTypes: ["client_credentials"], oidcConformant: true, tokenEndpointAuthMethod: "client_secret_basic" });
    const grant = make(AUTH0_TYPES.clientGrant, "restocker-inventory", { clientId: UNKNOWN, audience: "https://inventory.warehouse.example", scopes: ["read:stock", "write:stock"] }, { clientId: [job.urn], audience: [api.urn] });
    const userGrant = make(AUTH0_TYPES.clientGrant, "ui-inventory", { clientId: UNKNOWN, audience: "https://inventory.warehouse.example", scopes: ["read:stock"], subjectType: "user" }, { clientId: [ui.urn], audience: [api.urn] });
    const role = make(AUTH0_TYPES.role, "stock-keeper", { name: "Stock keeper", description: "Keeps the stock", permissions: [{ name: "write:stock", resourceServerIdentifier: "https://inventory.warehouse.example" }] }, { permissions: [api.urn] });
    const rule = make(AUTH0_TYPES.rule, "add-roles", { name: "add-roles-to-token", script: "function (user, context, callback) { callback(null, user, context); }", enabled: true });
    const hook = make(AUTH0_TYPES.hook, "post-register", { name: "post-register", script: "module.exports = function () {};", triggerId: "post-user-registration", enabled: true });
    return [api, ui, job, grant, userGrant, role, rule, hook];
}

/** @pulumi/auth0 2.2x: one resource per scope and per permission. */
export function generation2Singular(): StackResource[] {
    const api = make(AUTH0_TYPES.resourceServer, "tickets", { name: "Tickets", identifier: "https://tickets.example", enforcePolicies: true, tokenDialect: "access_token_authz" });
    const scope = make(AUTH0_TYPES.resourceServerScope, "read-tickets", { resourceServerIdentifier: "https://tickets.example", scope: "read:tickets", description: "Read tickets" }, { resourceServerIdentifier: [api.urn] });
    const role = make(AUTH0_TYPES.role, "agent", { name: "Agent" });
    const permission = make(
        AUTH0_TYPES.rolePermission,
        "agent-read",
        { roleId: UNKNOWN, resourceServerIdentifier: "https://tickets.example", permission: "read:tickets" },
        { roleId: [role.urn], resourceServerIdentifier: [api.urn] },
    );
    const desk = make(AUTH0_TYPES.client, "desk", { ...SPA_BASE, name: "Desk", callbacks: ["https://desk.example/cb"], webOrigins: ["https://desk.example"] });
    const credentials = make(AUTH0_TYPES.clientCredentials, "desk", { clientId: UNKNOWN, authenticationMethod: "none" }, { clientId: [desk.urn] });
    const grant = make(AUTH0_TYPES.clientGrant, "desk-tickets", { clientId: UNKNOWN, audience: "https://tickets.example", scopes: ["read:tickets"], subjectType: "user" }, { clientId: [desk.urn], audience: [api.urn] });
    return [api, scope, role, permission, desk, credentials, grant];
}

/** A staging and a production tenant from one program: the same app and API on each, explicit providers. */
export function twoTenants(): StackResource[] {
    return [provider("staging", "acme-staging.eu.auth0.com"), provider("production", "acme-prod.eu.auth0.com")].flatMap((on) => {
        const name = (n: string) => `${on.name}-${n}`;
        const api = make(AUTH0_TYPES.resourceServer, name("api"), { name: "Acme API", identifier: "https://api.acme.example", enforcePolicies: true, tokenDialect: "access_token_authz" }, {}, on);
        const scopes = make(AUTH0_TYPES.resourceServerScopes, name("api"), { resourceServerIdentifier: "https://api.acme.example", scopes: [{ name: "read:orders", description: "Read orders" }] }, { resourceServerIdentifier: [api.urn] }, on);
        const spa = make(AUTH0_TYPES.client, name("web"), { ...SPA_BASE, name: "Acme Web", callbacks: ["https://acme.example/cb", "http://localhost:3000/cb"], webOrigins: ["https://acme.example"] }, {}, on);
        const credentials = make(AUTH0_TYPES.clientCredentials, name("web"), { clientId: UNKNOWN, authenticationMethod: "none" }, { clientId: [spa.urn] }, on);
        const grant = make(AUTH0_TYPES.clientGrant, name("web-api"), { clientId: UNKNOWN, audience: "https://api.acme.example", scopes: ["read:orders"], subjectType: "user" }, { clientId: [spa.urn], audience: [api.urn] }, on);
        return [api, scopes, spa, credentials, grant];
    });
}

/** A reporting service granted access to an API another team's stack creates in the same tenant. */
export function partialOwnership(): StackResource[] {
    const job = make(AUTH0_TYPES.client, "reporter", { name: "Reporter", appType: "non_interactive", grantTypes: ["client_credentials"], oidcConformant: true });
    const credentials = make(AUTH0_TYPES.clientCredentials, "reporter", { clientId: UNKNOWN, authenticationMethod: "client_secret_post" }, { clientId: [job.urn] });
    const grant = make(AUTH0_TYPES.clientGrant, "reporter-billing", { clientId: UNKNOWN, audience: "https://billing.acme.example", scopes: ["read:invoices"], subjectType: "client" }, { clientId: [job.urn] });
    return [job, credentials, grant];
}

/** The stack as the engine sends it at preview: every attribute the provider computes, left out, is unknown. */
export function plannedOutputs(stack: readonly StackResource[]): StackResource[] {
    return stack.map((r) => ({ ...r, props: plannedState(r.type, r.props) }));
}
