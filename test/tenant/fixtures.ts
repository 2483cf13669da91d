// The tenant fixtures: one tenant as a Management API dump and as a deploy-cli YAML export (with
// its deploy config), and a deploy-cli directory export of another one.
import * as path from "node:path";
import { readDeployConfig } from "../../topology/tenant/deploy-config";
import { readTenantSource } from "../../topology/tenant/read";
import type { TenantSnapshot } from "../../topology/tenant/shape";

export const TENANTS = path.resolve(__dirname, "../fixtures/tenants");
export const DUMP = path.join(TENANTS, "dump");
export const YAML_EXPORT = path.join(TENANTS, "yaml/tenant.yaml");
export const YAML_CONFIG = path.join(TENANTS, "yaml/config.json");
export const DIRECTORY = path.join(TENANTS, "directory");
export const DIRECTORY_CONFIG = path.join(TENANTS, "directory/config.json");

export const dump = (): TenantSnapshot => readTenantSource(DUMP);
export const yamlExport = (): TenantSnapshot => readTenantSource(YAML_EXPORT, { deployConfig: readDeployConfig(YAML_CONFIG) });
export const directoryExport = (): TenantSnapshot => readTenantSource(DIRECTORY, { deployConfig: readDeployConfig(DIRECTORY_CONFIG) });
