// What kind of object a tenant holds, decided by Auth0's own flags and formats, never by display
// name: the global client (`global: true`), system resource servers (`is_system`, or an audience
// in the format Auth0 gives its built-in APIs when the source drops the flag), tenant-wide grants
// (`default_for`, no client), the exporting tool's own client (its client id), extension clients
// (hosted on the Webtask platform that extensions run on).
import { APP_TYPES, type AppType } from "../../policies/src/model";
import { AUTH0_APP_TYPE, fromAuth0 } from "../../policies/src/auth0-vocabulary";
import type { TenantClient, TenantClientGrant, TenantResourceServer } from "./shape";

/** https://auth0.com/docs/api/management/v2 : the Management API's audience is https://{domain}/api/v2/. */
const MANAGEMENT_AUDIENCE = /^https:\/\/([^/]+)\/api\/v2\/?$/;
/** The My Account API's audience: https://{domain}/me/ (https://auth0.com/docs/manage-users/my-account-api). */
const MY_ACCOUNT_AUDIENCE = /^https:\/\/([^/]+)\/me\/?$/;

/** The tenant domain of a Management API audience, if `audience` is one. */
export function managementApiDomain(audience: string): string | undefined {
    return MANAGEMENT_AUDIENCE.exec(audience)?.[1];
}

export function isSystemResourceServer(server: TenantResourceServer, identifier: string): boolean {
    return server.is_system === true || MANAGEMENT_AUDIENCE.test(identifier) || MY_ACCOUNT_AUDIENCE.test(identifier);
}

export type ClientSkip = "global" | "exporter" | "resource-server";

export function clientSkip(client: TenantClient, exporterClientId: string | undefined): ClientSkip | undefined {
    if (client.global === true) return "global";
    if (exporterClientId !== undefined && client.client_id === exporterClientId) return "exporter";
    if (client.app_type === "resource_server") return "resource-server";
    return undefined;
}

export type GrantSkip = "system" | "default-for" | "no-client";

export function grantSkip(grant: TenantClientGrant): GrantSkip | undefined {
    if (grant.is_system === true) return "system";
    if (grant.default_for !== undefined) return "default-for";
    if (grant.client_id === undefined || grant.client_id === "") return "no-client";
    return undefined;
}

/** Extensions (Authorization, Delegated Administration, deploy extensions…) run on Webtask hosts. */
const EXTENSION_HOST = /^https:\/\/[^/]*\.(webtask\.io|webtask\.run|sandbox\.auth0-extend\.com)(\/|$)/;

export function isExtensionClient(client: TenantClient): boolean {
    return [...(client.callbacks ?? []), ...(client.allowed_origins ?? []), ...(client.web_origins ?? [])].some((url) => EXTENSION_HOST.test(url));
}

export interface Classified {
    type: AppType;
    /** Why, when the client has no app_type of its own. */
    inferred?: string;
}

/** The topology type of a client; a client without app_type is classified from how it authenticates. */
export function classifyClient(client: TenantClient): Classified | undefined {
    const known = client.app_type === undefined ? undefined : fromAuth0(AUTH0_APP_TYPE, client.app_type);
    if (known !== undefined && (APP_TYPES as readonly string[]).includes(known)) return { type: known };
    if (client.app_type !== undefined) return undefined;
    const grants = client.grant_types ?? [];
    if (grants.length > 0 && grants.every((g) => g === "client_credentials")) return { type: "m2m", inferred: "it only uses client_credentials" };
    if (client.token_endpoint_auth_method === "none") return { type: "spa", inferred: "it authenticates with no secret (token_endpoint_auth_method none)" };
    return { type: "web", inferred: "it keeps a secret and signs users in" };
}
