// The access matrix (who may obtain which scopes for which API) before and after, and its delta.
import type { TenantModel } from "../../policies/src/model";
import type { AccessDelta, AccessKey } from "./changeset";
import { setDelta, sorted } from "./fields";
import { compareText } from "../../policies/src/compare-text";

export interface AccessEntry extends AccessKey {
    scopes: string[];
}

function subjectOf(model: TenantModel, clientKey: string): string {
    const client = model.clients.find((c) => c.key === clientKey);
    if (client === undefined) return clientKey;
    return client.purpose === "api-caller" && client.callerOf !== undefined ? `API ${client.callerOf} (backend)` : `${client.key} (${client.type})`;
}

/** Every (subject, way, API) with the scopes it may obtain; a grant of all scopes lists the API's scopes. */
export function accessMatrix(model: TenantModel): AccessEntry[] {
    const scopesOfApi = (key: string) => model.apis.find((a) => a.key === key)?.scopes.map((s) => s.value) ?? [];
    const grants = model.grants.map((g): AccessEntry => ({
        subject: subjectOf(model, g.client),
        via: g.subjectType === "user" ? "user" : "machine",
        api: g.api,
        scopes: sorted(g.allowAllScopes ? scopesOfApi(g.api) : g.scopes),
    }));
    const roles = model.roles.flatMap((r) =>
        sorted(r.permissions.map((p) => p.api)).map((api): AccessEntry => ({
            subject: `role ${r.key}`,
            via: "role",
            api,
            scopes: sorted(r.permissions.filter((p) => p.api === api).map((p) => p.scope)),
        })),
    );
    return [...grants, ...roles];
}

export function accessDelta(base: TenantModel, head: TenantModel): AccessDelta[] {
    const key = (e: AccessKey) => `${e.subject}\u0000${e.via}\u0000${e.api}`;
    const before = new Map(accessMatrix(base).map((e) => [key(e), e]));
    const after = new Map(accessMatrix(head).map((e) => [key(e), e]));
    const deltas: AccessDelta[] = [];
    for (const k of new Set([...after.keys(), ...before.keys()])) {
        const b = before.get(k);
        const a = after.get(k);
        const entry = (a ?? b) as AccessEntry;
        const { added, removed } = setDelta(b?.scopes ?? [], a?.scopes ?? []);
        // A new or removed grant with no scope still changes who may obtain a token at all.
        if (added.length + removed.length === 0 && (a === undefined) === (b === undefined)) continue;
        deltas.push({ subject: entry.subject, via: entry.via, api: entry.api, before: b?.scopes ?? [], after: a?.scopes ?? [], added, removed });
    }
    return deltas.sort((x, y) => compareText(x.subject, y.subject) || compareText(x.api, y.api) || compareText(x.via, y.via));
}
