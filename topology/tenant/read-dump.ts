// A Management API dump: the bodies of GET /api/v2/clients, /resource-servers, /client-grants and
// /roles (each `{"<section>": [...]}` as with include_totals, or a bare list), and
// roles/<role id>/permissions.json per role. Ids are the tenant's own.
import * as fs from "node:fs";
import * as path from "node:path";
import * as z from "zod";
import { parseSource, readList, readText, SourceError } from "./document";
import { ClientGrantShape, ClientShape, PermissionShape, ResourceServerShape, RoleShape, type Read, type TenantSnapshot } from "./shape";

export const DUMP_FILES = {
    clients: ["clients.json", "clients"],
    resourceServers: ["resource-servers.json", "resource_servers"],
    grants: ["client-grants.json", "client_grants"],
    roles: ["roles.json", "roles"],
} as const;

function listFile<T>(dir: string, [name, key]: readonly [string, string], schema: z.ZodType<T>, what: string, required: boolean): Read<T>[] {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) {
        if (required) throw new SourceError(`${dir}: no ${name}; a Management API dump holds the body of GET /api/v2/${key.replace("_", "-")} there`);
        return [];
    }
    const source = parseSource(file, readText(file));
    return readList(source, Array.isArray(source.doc.toJSON()) ? undefined : key, schema, what);
}

export interface DumpOptions {
    domain?: string;
    exporterClientId?: string;
}

export function readDump(dir: string, options: DumpOptions = {}): TenantSnapshot {
    const roles = listFile(dir, DUMP_FILES.roles, RoleShape, "role", false).map((role) => {
        const file = path.join(dir, "roles", role.value.id ?? "", "permissions.json");
        if (role.value.id === undefined || !fs.existsSync(file)) return role;
        const source = parseSource(file, readText(file));
        const permissions = readList(source, Array.isArray(source.doc.toJSON()) ? undefined : "permissions", PermissionShape, "permission");
        return { ...role, value: { ...role.value, permissions: permissions.map((p) => p.value) } };
    });
    const snapshot: TenantSnapshot = {
        format: "management-api-dump",
        location: dir,
        keywords: {},
        vars: {},
        notes: [],
        clients: listFile(dir, DUMP_FILES.clients, ClientShape, "client", true),
        resourceServers: listFile(dir, DUMP_FILES.resourceServers, ResourceServerShape, "resource server", false),
        grants: listFile(dir, DUMP_FILES.grants, ClientGrantShape, "client grant", false),
        roles,
    };
    if (options.exporterClientId !== undefined) snapshot.exporterClientId = options.exporterClientId;
    if (options.domain !== undefined) snapshot.domain = options.domain;
    return snapshot;
}
