// The tenant SOURCE argument of import, drift and audit, with --deploy-config: an export, a dump,
// or `live` (the Management API, over client credentials). A bad source is a usage error with its
// location.
import * as fs from "node:fs";
import { readPlainYaml } from "../load/plain-yaml";
import { SourceError } from "../tenant/document";
import { readDeployConfig } from "../tenant/deploy-config";
import { readTenantSource } from "../tenant/read";
import type { TenantSnapshot } from "../tenant/shape";
import type { LiveCredentials } from "../tenant/live";
import { UsageError } from "../usage-error";

export const LIVE = "live";

export const SOURCE_HELP =
    "a deploy-cli tenant.yaml, a deploy-cli directory export, a Management API dump directory " +
    "(clients.json, resource-servers.json, client-grants.json, roles.json, roles/<id>/permissions.json), " +
    "or `live`: the tenant itself, read with AUTH0_DOMAIN, AUTH0_CLIENT_ID, AUTH0_CLIENT_SECRET (or the stack's auth0:* config)";

export const SOURCE_EXIT = "2 usage error (unreadable source, refused credentials)";

export async function asUsageError<T>(body: () => T | Promise<T>): Promise<T> {
    try {
        return await body();
    } catch (err) {
        if (err instanceof SourceError) throw new UsageError(err.message);
        throw err;
    }
}

/** Plain-text auth0:* settings of a stack file; an encrypted secret cannot be read here. */
function stackCredentials(stackFile: string | undefined): Partial<LiveCredentials> {
    if (stackFile === undefined || !fs.existsSync(stackFile)) return {};
    const config = (readPlainYaml(stackFile) as { config?: Record<string, unknown> } | null)?.config ?? {};
    const text = (key: string) => (typeof config[key] === "string" ? (config[key] as string) : undefined);
    const out: Partial<LiveCredentials> = {};
    for (const [field, key] of [["domain", "auth0:domain"], ["clientId", "auth0:clientId"], ["clientSecret", "auth0:clientSecret"]] as const) {
        const value = text(key);
        if (value !== undefined) out[field] = value;
    }
    return out;
}

export function liveCredentials(env: NodeJS.ProcessEnv, stackFile: string | undefined): LiveCredentials {
    const stack = stackCredentials(stackFile);
    const set = (value: string | undefined) => (value === "" ? undefined : value);
    const credentials = {
        domain: set(env.AUTH0_DOMAIN) ?? stack.domain,
        clientId: set(env.AUTH0_CLIENT_ID) ?? stack.clientId,
        clientSecret: set(env.AUTH0_CLIENT_SECRET) ?? stack.clientSecret,
    };
    const missing = Object.entries({ AUTH0_DOMAIN: credentials.domain, AUTH0_CLIENT_ID: credentials.clientId, AUTH0_CLIENT_SECRET: credentials.clientSecret }).filter(([, v]) => v === undefined).map(([k]) => k);
    if (missing.length > 0) {
        throw new UsageError(`reading the live tenant needs ${missing.join(", ")}: set them in the environment (a machine-to-machine client granted read:clients, read:resource_servers, read:client_grants, read:roles)${stackFile === undefined ? "" : `, or plain auth0:* settings in ${stackFile}`}`);
    }
    return credentials as LiveCredentials;
}

export interface SourceFlags {
    deployConfig?: string;
}

export async function readSource(source: string, flags: SourceFlags, stackFile?: string): Promise<TenantSnapshot> {
    if (source === LIVE && !fs.existsSync(source)) {
        const credentials = liveCredentials(process.env, stackFile);
        // Loaded on use: the SDK is only needed for a live tenant.
        const { readLiveTenant } = await import("../tenant/live");
        return asUsageError(() => readLiveTenant({ ...credentials, progress: (line) => process.stderr.write(`topology: ${line}\n`) }));
    }
    return asUsageError(() => readTenantSource(source, flags.deployConfig === undefined ? {} : { deployConfig: readDeployConfig(flags.deployConfig) }));
}
