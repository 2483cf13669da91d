// The tenant SOURCE argument of import, drift and audit, with --deploy-config: a bad source is a
// usage error with its location.
import { SourceError } from "../tenant/document";
import { readDeployConfig } from "../tenant/deploy-config";
import { readTenantSource } from "../tenant/read";
import type { TenantSnapshot } from "../tenant/shape";
import { UsageError } from "../usage-error";

export const SOURCE_HELP =
    "a deploy-cli tenant.yaml, a deploy-cli directory export, or a Management API dump directory " +
    "(clients.json, resource-servers.json, client-grants.json, roles.json, roles/<id>/permissions.json)";

export function asUsageError<T>(body: () => T): T {
    try {
        return body();
    } catch (err) {
        if (err instanceof SourceError) throw new UsageError(err.message);
        throw err;
    }
}

export function readSource(source: string, deployConfig: string | undefined): TenantSnapshot {
    return asUsageError(() => readTenantSource(source, deployConfig === undefined ? {} : { deployConfig: readDeployConfig(deployConfig) }));
}
