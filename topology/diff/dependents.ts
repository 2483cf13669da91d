// Who depends on an element: what a removal or a replacement breaks, named for the reviewer.
import type { Grant, SubjectType, TenantModel } from "../../policies/src/model";
import { byKey, isPublicClient } from "../../policies/src/rules/model-index";
import { clientLabelOf } from "./describe";

const indexes = new WeakMap<readonly unknown[], Map<unknown, unknown[]>>();

/** Built once per model's list: a diff of thousands of APIs asks about each one. */
function indexed<T, K>(list: readonly T[], keyOf: (item: T) => K[]): (key: K) => readonly T[] {
    return (key) => {
        let index = indexes.get(list) as Map<K, T[]> | undefined;
        if (index === undefined) {
            index = new Map();
            for (const item of list) {
                for (const k of new Set(keyOf(item))) {
                    const same = index.get(k);
                    if (same === undefined) index.set(k, [item]);
                    else same.push(item);
                }
            }
            indexes.set(list, index);
        }
        return index.get(key) ?? [];
    };
}
const grantsOn = (model: TenantModel) => indexed(model.grants, (g) => [g.api]);
const rolesOn = (model: TenantModel) => indexed(model.roles, (r) => r.permissions.map((p) => p.api));

export function grantsTo(model: TenantModel, api: string, subjectType?: SubjectType): Grant[] {
    return grantsOn(model)(api).filter((g) => subjectType === undefined || g.subjectType === subjectType);
}

/** Apps and API backends holding a grant on the API, and roles with permissions on it. */
export function dependentsOfApi(model: TenantModel, api: string, subjectType?: SubjectType): string[] {
    const clients = grantsTo(model, api, subjectType).map((g) => clientLabelOf(model, g.client));
    const roles = subjectType === "client" ? [] : rolesOn(model)(api).map((r) => `role \`${r.key}\``);
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
    const roles = rolesOn(model)(api).filter((r) => r.permissions.some((p) => p.api === api && p.scope === scope)).map((r) => `role \`${r.key}\``);
    return [...new Set([...clients, ...roles])];
}

/** Apps that use refresh tokens with user access to the API. */
export function refreshTokenUsersOf(model: TenantModel, api: string): string[] {
    return grantsTo(model, api, "user")
        .filter((g) => byKey(model.clients).get(g.client)?.refreshToken != null)
        .map((g) => clientLabelOf(model, g.client));
}

/** First-party browser and native apps with user access: the ones that rely on silent authentication. */
export function silentAuthUsersOf(model: TenantModel, api: string): string[] {
    return grantsTo(model, api, "user")
        .filter((g) => {
            const c = byKey(model.clients).get(g.client);
            return c !== undefined && c.firstParty && isPublicClient(c);
        })
        .map((g) => clientLabelOf(model, g.client));
}
