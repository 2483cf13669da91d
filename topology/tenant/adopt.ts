// Decides what of a tenant the topology adopts: which objects it manages or references, under
// which keys, and what it skips, flags or cannot follow, with the reason for each. The design
// (topology.yaml), the tenant's model (audit, drift) and the import file are all read off this.
import { MANAGEMENT_API, type AppType, type SubjectType } from "../../policies/src/model";
import { MANAGEMENT_API_SCOPES } from "../../policies/src/management-api";
import { classifyClient, clientSkip, grantSkip, isExtensionClient, isSystemResourceServer, managementApiDomain } from "./classify";
import { expand } from "./keywords";
import { assignKeys } from "./keys";
import type { Origin, Read, TenantClient, TenantClientGrant, TenantResourceServer, TenantRole, TenantSnapshot } from "./shape";

export type NoteKind = "skipped" | "flagged" | "changed" | "dangling";

export interface Note {
    kind: NoteKind;
    /** The tenant object, as a person finds it in the dashboard: "client My SPA". */
    subject: string;
    message: string;
    at?: Origin;
}

export interface AdoptedApi {
    key: string;
    /** managed: the stack takes it over. external: referenced only (system APIs, audiences not in the source). */
    kind: "managed" | "external";
    identifier: string;
    name: string;
    scopes: Array<{ value: string; description: string }>;
    server?: Read<TenantResourceServer>;
}

export interface AdoptedClient {
    key: string;
    type: AppType;
    client: Read<TenantClient>;
}

export interface AdoptedGrant {
    client: AdoptedClient;
    api: string;
    subjectType: SubjectType;
    scopes: string[];
    /** false: the topology cannot express it (left unmanaged), but the tenant has it. */
    expressible: boolean;
    grant: Read<TenantClientGrant>;
}

export interface AdoptedRole {
    key: string;
    permissions: Array<{ api: string; scope: string }>;
    role: Read<TenantRole>;
}

export interface Adoption {
    snapshot: TenantSnapshot;
    domain?: string;
    apis: AdoptedApi[];
    clients: AdoptedClient[];
    grants: AdoptedGrant[];
    roles: AdoptedRole[];
    notes: Note[];
}

const clientLabel = (c: TenantClient) => `client '${c.name}'`;

function tenantDomain(snapshot: TenantSnapshot, audiences: string[]): string | undefined {
    if (snapshot.domain !== undefined) return snapshot.domain;
    const system = snapshot.resourceServers.find((rs) => rs.value.is_system === true && managementApiDomain(rs.value.identifier) !== undefined);
    if (system !== undefined) return managementApiDomain(system.value.identifier);
    const domains = [...new Set(audiences.map(managementApiDomain).filter((d) => d !== undefined && !d.includes("${")))];
    return domains.length === 1 ? domains[0] : undefined;
}

class Adopter {
    readonly notes: Note[] = [];
    readonly apis: AdoptedApi[] = [];
    readonly clients: AdoptedClient[] = [];
    private readonly byIdentifier = new Map<string, AdoptedApi>();
    readonly domain: string | undefined;

    constructor(readonly snapshot: TenantSnapshot) {
        this.domain = tenantDomain(snapshot, snapshot.grants.map((g) => this.expand(g.value.audience)));
    }

    expand(value: string): string {
        return expand(value, this.snapshot.vars);
    }

    note(kind: NoteKind, subject: string, message: string, at?: Origin): void {
        this.notes.push(at === undefined ? { kind, subject, message } : { kind, subject, message, at });
    }

    adoptApis(): void {
        const managed: Read<TenantResourceServer>[] = [];
        for (const server of this.snapshot.resourceServers) {
            const identifier = this.expand(server.value.identifier);
            if (isSystemResourceServer(server.value, identifier)) {
                this.systemApis.set(identifier, server);
                this.note("skipped", `API '${server.value.name ?? identifier}'`, "a system API of Auth0 (is_system, or Auth0's built-in audience): never managed", server.at);
            } else managed.push(server);
        }
        const keys = assignKeys(managed, (s) => s.value.name ?? s.value.identifier, (s) => s.value.id ?? s.value.identifier, "api", [MANAGEMENT_API]);
        for (const server of managed) {
            const name = server.value.name ?? server.value.identifier;
            const api: AdoptedApi = {
                key: keys.get(server)!,
                kind: "managed",
                identifier: server.value.identifier,
                name,
                scopes: this.nameable(server.value.scopes ?? [], `API '${name}'`, server.at).map((s) => ({ value: s.value, description: s.description ?? "" })),
                server,
            };
            this.apis.push(api);
            this.byIdentifier.set(this.expand(api.identifier), api);
        }
    }

    private readonly systemApis = new Map<string, Read<TenantResourceServer>>();

    /** The API an audience names: adopted, the built-in Management API, or declared external. */
    apiFor(audience: string, subject: string, at: Origin): AdoptedApi | typeof MANAGEMENT_API | undefined {
        const identifier = this.expand(audience);
        const known = this.byIdentifier.get(identifier);
        if (known !== undefined) return known;
        const domain = managementApiDomain(identifier);
        if (domain !== undefined) {
            if (this.domain === undefined || domain === this.domain) return MANAGEMENT_API;
            this.note("flagged", subject, `names the Management API of another tenant (${identifier}; this tenant is ${this.domain}): left unmanaged`, at);
            return undefined;
        }
        if (identifier.includes("${")) {
            this.note("dangling", subject, `audience ${audience} has no value (give --deploy-config with its keyword): left unmanaged`, at);
            return undefined;
        }
        const system = this.systemApis.get(identifier);
        const api: AdoptedApi = {
            key: `external-${this.apis.filter((a) => a.kind === "external").length + 1}`,
            kind: "external",
            identifier: audience,
            name: system?.value.name ?? identifier,
            scopes: (system?.value.scopes ?? []).map((s) => ({ value: s.value, description: s.description ?? "" })),
        };
        this.note(
            system === undefined ? "dangling" : "changed",
            subject,
            system === undefined
                ? `audience ${identifier} is not an API of the source: declared as external API '${api.key}' with the scopes its grants use`
                : `uses the system API ${identifier}: declared as external API '${api.key}' (referenced, never managed)`,
            at,
        );
        this.apis.push(api);
        this.byIdentifier.set(identifier, api);
        return api;
    }

    adoptClients(): void {
        const kept: Array<{ client: Read<TenantClient>; type: AppType }> = [];
        for (const client of this.snapshot.clients) {
            const skip = clientSkip(client.value, this.snapshot.exporterClientId);
            if (skip !== undefined) {
                const why = {
                    global: "the tenant's global client (global: true), which holds tenant-wide settings: never managed",
                    exporter: "the exporting tool's own client (its client id is the deploy credentials'): never managed",
                    "resource-server": "a resource server's own client (app_type resource_server), created with its API: no topology type",
                }[skip];
                this.note("skipped", clientLabel(client.value), why, client.at);
                continue;
            }
            const classified = classifyClient(client.value);
            if (classified === undefined) {
                this.note("skipped", clientLabel(client.value), `app_type '${client.value.app_type}' has no topology type: left unmanaged`, client.at);
                continue;
            }
            if (classified.inferred !== undefined) {
                this.note("changed", clientLabel(client.value), `has no app_type: imported as ${classified.type} because ${classified.inferred}; the first pulumi up sets app_type`, client.at);
            }
            if (isExtensionClient(client.value)) {
                this.note("flagged", clientLabel(client.value), "an Auth0 extension's client (its URLs are on the extension's Webtask host): the extension expects to manage it; consider removing it from the topology", client.at);
            }
            kept.push({ client, type: classified.type });
        }
        const keys = assignKeys(kept, (c) => c.client.value.name, (c) => c.client.value.client_id ?? c.client.value.name, "app");
        for (const entry of kept) this.clients.push({ key: keys.get(entry)!, ...entry });
    }

    private clientFor(ref: string): AdoptedClient | undefined {
        // A Management API grant names its client by id; a deploy-cli grant by name.
        const byId = this.clients.find((c) => c.client.value.client_id === ref);
        if (byId !== undefined || this.snapshot.format === "management-api-dump" || this.snapshot.format === "live") return byId;
        return this.clients.find((c) => this.expand(c.client.value.name) === this.expand(ref));
    }

    private skippedClient(ref: string): TenantClient | undefined {
        return this.snapshot.clients.map((c) => c.value).find((c) => c.client_id === ref || (c.client_id === undefined && c.name === ref));
    }

    /**
     * The scopes a topology can name: its scopes are the keys of a map, and '__proto__' cannot be
     * one (the loader refuses it). Such a scope is reported and left out.
     */
    private nameable<T extends { value: string }>(scopes: readonly T[], subject: string, at: Origin | undefined): T[] {
        if (scopes.some((s) => s.value === "__proto__")) this.note("skipped", subject, "its scope '__proto__' cannot be a key of a topology's scope map: left out, and its grants with it", at);
        return scopes.filter((s) => s.value !== "__proto__");
    }

    /** Scopes the API declares; the rest are reported and dropped. */
    private declared(api: AdoptedApi | typeof MANAGEMENT_API, scopes: readonly string[], subject: string, at: Origin): string[] {
        if (typeof api !== "string" && api.kind === "external") {
            const named = this.nameable(scopes.map((value) => ({ value })), subject, at).map((s) => s.value);
            for (const scope of named) if (!api.scopes.some((s) => s.value === scope)) api.scopes.push({ value: scope, description: "" });
            return named;
        }
        const known = api === MANAGEMENT_API ? new Set(MANAGEMENT_API_SCOPES) : new Set(api.scopes.map((s) => s.value));
        const missing = scopes.filter((s) => !known.has(s));
        if (missing.length > 0) {
            const name = api === MANAGEMENT_API ? "the Management API" : `API '${api.name}'`;
            this.note("dangling", subject, `asks for ${missing.join(", ")}, which ${name} does not declare: dropped`, at);
        }
        return scopes.filter((s) => known.has(s));
    }

    adoptGrants(): AdoptedGrant[] {
        const grants: AdoptedGrant[] = [];
        for (const grant of this.snapshot.grants) {
            const { value, at } = grant;
            const skip = grantSkip(value);
            const subject = `client grant ${value.id ?? ""} '${value.client_id ?? "(no client)"}' → ${value.audience}`.replace("  ", " ");
            if (skip !== undefined) {
                const why = {
                    system: "a system grant (is_system): never managed",
                    "default-for": `a tenant-wide default grant (default_for: ${value.default_for}), not a grant of one app: never managed`,
                    "no-client": "names no client: never managed",
                }[skip];
                this.note("skipped", subject, why, at);
                continue;
            }
            const client = this.clientFor(value.client_id!);
            if (client === undefined) {
                const skipped = this.skippedClient(value.client_id!);
                if (skipped !== undefined) this.note("skipped", subject, `a grant of ${clientLabel(skipped)}, which is not imported`, at);
                else this.note("dangling", subject, `names client '${value.client_id}', which the source does not have: skipped`, at);
                continue;
            }
            const api = this.apiFor(value.audience, subject, at);
            if (api === undefined) continue;
            const subjectType: SubjectType = value.subject_type ?? "client";
            let scopes = value.scope ?? [];
            if (value.allow_all_scopes === true) {
                const all = api === MANAGEMENT_API ? [...MANAGEMENT_API_SCOPES] : api.scopes.map((s) => s.value);
                this.note("changed", subject, `allow_all_scopes: true becomes the explicit list of the API's ${all.length} current scopes: scopes added to the API later are no longer granted automatically`, at);
                scopes = all;
            }
            scopes = this.declared(api, scopes, subject, at);
            const apiKey = typeof api === "string" ? api : api.key;
            const expressible = this.expressible(client, subjectType, subject, at);
            const duplicate = grants.some((g) => g.client === client && g.api === apiKey && g.subjectType === subjectType);
            if (duplicate) {
                this.note("skipped", subject, `a second ${subjectType} grant of the same client for the same API: left unmanaged`, at);
                continue;
            }
            grants.push({ client, api: apiKey, subjectType, scopes, expressible, grant });
        }
        return grants;
    }

    private expressible(client: AdoptedClient, subjectType: SubjectType, subject: string, at: Origin): boolean {
        if (subjectType === "client" && (client.type === "spa" || client.type === "native")) {
            this.note("flagged", subject, `a client-credentials grant of a ${client.type} app, which cannot keep a secret: the topology cannot express it; left unmanaged`, at);
            return false;
        }
        if (subjectType === "user" && client.type === "m2m") {
            this.note("flagged", subject, "a user grant of a machine-to-machine client: the topology cannot express it; left unmanaged", at);
            return false;
        }
        return true;
    }

    adoptRoles(): AdoptedRole[] {
        const keys = assignKeys(this.snapshot.roles, (r) => r.value.name, (r) => r.value.id ?? r.value.name, "role");
        return this.snapshot.roles.map((role) => {
            const subject = `role '${role.value.name}'`;
            const permissions = (role.value.permissions ?? []).flatMap((p) => {
                const api = this.apiFor(p.resource_server_identifier, subject, role.at);
                if (api === undefined) return [];
                const [scope] = this.declared(api, [p.permission_name], subject, role.at);
                return scope === undefined ? [] : [{ api: typeof api === "string" ? api : api.key, scope }];
            });
            return { key: keys.get(role)!, permissions, role };
        });
    }
}

export function adopt(snapshot: TenantSnapshot): Adoption {
    const adopter = new Adopter(snapshot);
    adopter.adoptApis();
    adopter.adoptClients();
    const grants = adopter.adoptGrants();
    const roles = adopter.adoptRoles();
    const adoption: Adoption = { snapshot, apis: adopter.apis, clients: adopter.clients, grants, roles, notes: adopter.notes };
    if (adopter.domain !== undefined) adoption.domain = adopter.domain;
    return adoption;
}
