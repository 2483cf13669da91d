// Who depends on an element: what a removal or a replacement breaks, named for the reviewer.
import type { Grant, SubjectType, TenantModel } from "../../policies/src/model";
import { isPublicClient } from "../../policies/src/rules/model-index";
import { clientLabelOf } from "./describe";

export function grantsTo(model: TenantModel, api: string, subjectType?: SubjectType): Grant[] {
    return model.grants.filter((g) => g.api === api && (subjectType === undefined || g.subjectType === subjectType));
}

/** Apps and API backends holding a grant on the API, and roles with permissions on it. */
export function dependentsOfApi(model: TenantModel, api: string, subjectType?: SubjectType): string[] {
    const clients = grantsTo(model, api, subjectType).map((g) => clientLabelOf(model, g.client));
    const roles = subjectType === "client" ? [] : model.roles.filter((r) => r.permissions.some((p) => p.api === api)).map((r) => `role \`${r.key}\``);
    return [...new Set([...clients, ...roles])];
}

/** Apps and API backends that obtain tokens for the API. */
export function callersOfApi(model: TenantModel, api: string): string[] {
    return [...new Set(grantsTo(model, api).map((g) => clientLabelOf(model, g.client)))];
}

/** Who requests or holds one scope of an API. */
export function dependentsOfScope(model: TenantModel, api: string, scope: string): string[] {
    const clients = grantsTo(model, api)
        .filter((g) => g.scopes.includes(scope))
        .map((g) => clientLabelOf(model, g.client));
    const roles = model.roles.filter((r) => r.permissions.some((p) => p.api === api && p.scope === scope)).map((r) => `role \`${r.key}\``);
    return [...new Set([...clients, ...roles])];
}

/** Apps that use refresh tokens with user access to the API. */
export function refreshTokenUsersOf(model: TenantModel, api: string): string[] {
    return grantsTo(model, api, "user")
        .filter((g) => model.clients.some((c) => c.key === g.client && c.refreshToken !== null))
        .map((g) => clientLabelOf(model, g.client));
}

/** First-party browser and native apps with user access: the ones that rely on silent authentication. */
export function silentAuthUsersOf(model: TenantModel, api: string): string[] {
    return grantsTo(model, api, "user")
        .filter((g) => model.clients.some((c) => c.key === g.client && c.firstParty && isPublicClient(c)))
        .map((g) => clientLabelOf(model, g.client));
}
