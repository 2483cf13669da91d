// Names of model elements in words a reviewer understands without reading the topology file.
import { MANAGEMENT_API, type AppType, type Client, type Grant, type TenantModel } from "../../policies/src/model";
import { byKey } from "../../policies/src/rules/model-index";

export const APP_TYPE_NAMES: Record<AppType, string> = {
    spa: "single-page app",
    native: "native app",
    web: "web app",
    m2m: "machine-to-machine app",
};

export function apiLabel(model: TenantModel, key: string): string {
    if (key === MANAGEMENT_API) return "the Auth0 Management API";
    const api = byKey(model.apis).get(key);
    return api === undefined ? `API \`${key}\` (not declared)` : `API \`${key}\` (${api.identifier})`;
}

export function clientLabel(client: Pick<Client, "key" | "type" | "purpose" | "callerOf">): string {
    if (client.purpose === "api-caller" && client.callerOf !== undefined) return `the backend of API \`${client.callerOf}\``;
    return `${APP_TYPE_NAMES[client.type]} \`${client.key}\``;
}

/** The client itself, as a thing that is created or removed: an API's backend is not, its machine client is. */
export function clientNoun(client: Pick<Client, "key" | "type" | "purpose" | "callerOf">): string {
    return client.purpose === "api-caller" && client.callerOf !== undefined ? `machine client of the backend of API \`${client.callerOf}\`` : clientLabel(client);
}

export function clientLabelOf(model: TenantModel, key: string): string {
    const client = byKey(model.clients).get(key);
    return client === undefined ? `client \`${key}\`` : clientLabel(client);
}

/** "on behalf of users" or "as itself": how the grant's tokens are obtained. */
export function subjectPhrase(grant: Pick<Grant, "subjectType">): string {
    return grant.subjectType === "user" ? "on behalf of signed-in users" : "as itself (client credentials)";
}

export function scopeList(scopes: readonly string[]): string {
    return scopes.length === 0 ? "no scopes" : scopes.map((s) => `\`${s}\``).join(", ");
}

/** "storefront, admin" or "no app" */
export function listOrNone(items: readonly string[], none: string): string {
    return items.length === 0 ? none : items.join(", ");
}

export function duration(seconds: number): string {
    if (seconds % 86400 === 0) return `${seconds / 86400} d`;
    if (seconds % 3600 === 0) return `${seconds / 3600} h`;
    return `${seconds} s`;
}
