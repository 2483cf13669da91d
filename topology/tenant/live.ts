// A live tenant, read with the `auth0` SDK's ManagementClient over client credentials: read-only
// (list calls only), every page of each list, 429s retried after their Retry-After by the SDK's
// own retry loop (maxRetries below), progress per page.
import { ManagementClient, ManagementError } from "auth0";
import type { z } from "zod";
import { SourceError } from "./document";
import { ClientGrantShape, ClientShape, PermissionShape, ResourceServerShape, RoleShape, type Read, type TenantSnapshot } from "./shape";

export interface LiveCredentials {
    domain: string;
    clientId: string;
    clientSecret: string;
}

export interface LiveOptions extends LiveCredentials {
    progress?: (line: string) => void;
    /** The SDK's `fetch` option: every request, token included, goes through it (tests point it at a local server). */
    fetch?: typeof fetch;
    /** Objects per page (default 100, the Management API's maximum). */
    pageSize?: number;
}

/** Retries of one request on 429 and 5xx; the SDK waits Retry-After (at most 60 s) between them. */
const MAX_RETRIES = 5;
const MAX_PAGE_SIZE = 100;

interface Paged<T> {
    data: T[];
    hasNextPage(): boolean;
    getNextPage(): Promise<Paged<T>>;
}

async function every<T>(what: string, first: () => Promise<Paged<T>>, progress: (line: string) => void): Promise<T[]> {
    let page = await first();
    const items = [...page.data];
    let pages = 1;
    progress(`${what}: page ${pages}, ${items.length} so far`);
    while (page.hasNextPage()) {
        page = await page.getNextPage();
        items.push(...page.data);
        pages += 1;
        progress(`${what}: page ${pages}, ${items.length} so far`);
    }
    return items;
}

function validated<T>(schema: z.ZodType<T>, values: readonly unknown[], endpoint: string): Read<T>[] {
    return values.map((value, index) => {
        const parsed = schema.safeParse(value);
        if (!parsed.success) {
            const issue = parsed.error.issues[0]!;
            throw new SourceError(`${endpoint}: item ${index + 1}, field ${issue.path.join(".")}: ${issue.message}; the Management API answered an unexpected shape`);
        }
        return { value: parsed.data, at: { file: endpoint } };
    });
}

export async function readLiveTenant(options: LiveOptions): Promise<TenantSnapshot> {
    const progress = options.progress ?? (() => undefined);
    const client = new ManagementClient({
        domain: options.domain,
        clientId: options.clientId,
        clientSecret: options.clientSecret,
        maxRetries: MAX_RETRIES,
        ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    });
    const api = `https://${options.domain}/api/v2`;
    const size = options.pageSize ?? MAX_PAGE_SIZE;
    try {
        const clients = await every("clients", () => client.clients.list({ per_page: size }), progress);
        const servers = await every("resource servers", () => client.resourceServers.list({ per_page: size }), progress);
        const grants = await every("client grants", () => client.clientGrants.list({ take: size }), progress);
        const roles = validated(RoleShape, await every("roles", () => client.roles.list({ per_page: size }), progress), `${api}/roles`);
        const withPermissions = [];
        for (const role of roles) {
            const endpoint = `${api}/roles/${role.value.id}/permissions`;
            const permissions = await every(`permissions of role ${role.value.name}`, () => client.roles.permissions.list(role.value.id!, { per_page: size }), progress);
            withPermissions.push({ ...role, value: { ...role.value, permissions: validated(PermissionShape, permissions, endpoint).map((p) => p.value) } });
        }
        return {
            format: "live",
            location: `https://${options.domain}`,
            domain: options.domain,
            exporterClientId: options.clientId,
            keywords: {},
            vars: {},
            notes: [],
            clients: validated(ClientShape, clients, `${api}/clients`),
            resourceServers: validated(ResourceServerShape, servers, `${api}/resource-servers`),
            grants: validated(ClientGrantShape, grants, `${api}/client-grants`),
            roles: withPermissions,
        };
    } catch (err) {
        if (err instanceof ManagementError) {
            throw new SourceError(`${api}: the Management API answered ${err.statusCode ?? "an error"} (${err.message.split("\n")[0]}); check AUTH0_DOMAIN, AUTH0_CLIENT_ID, AUTH0_CLIENT_SECRET and that the client is granted read:clients, read:resource_servers, read:client_grants, read:roles`);
        }
        // fetch's own failure (no such host, refused, TLS) is a TypeError whose cause says which;
        // read by shape, not instanceof: the error may come from another realm's fetch.
        const cause = (err as { cause?: { message?: unknown } } | null)?.cause?.message;
        if ((err as Error | null)?.name === "TypeError" && typeof cause === "string") {
            throw new SourceError(`https://${options.domain} could not be reached (${cause}); check AUTH0_DOMAIN (the tenant's domain, as example.eu.auth0.com) and the network`);
        }
        throw err;
    }
}
