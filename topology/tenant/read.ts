// Reads an offline tenant source into the normalised snapshot, telling the format from its layout.
import * as fs from "node:fs";
import * as path from "node:path";
import { SourceError } from "./document";
import type { DeployConfig } from "./deploy-config";
import { DIRECTORY_SECTIONS, readDeployCliDirectory, readDeployCliYaml } from "./read-deploy-cli";
import { DUMP_FILES, readDump } from "./read-dump";
import type { TenantSnapshot } from "./shape";

export interface ReadOptions {
    deployConfig?: DeployConfig;
}

export function readTenantSource(location: string, { deployConfig }: ReadOptions = {}): TenantSnapshot {
    let stat: fs.Stats;
    try {
        stat = fs.statSync(location);
    } catch {
        throw new SourceError(`${location} does not exist; give a deploy-cli tenant.yaml, a deploy-cli directory export or a Management API dump directory`);
    }
    const ids: { domain?: string; exporterClientId?: string } = {};
    if (deployConfig?.domain !== undefined) ids.domain = deployConfig.domain;
    if (deployConfig?.clientId !== undefined) ids.exporterClientId = deployConfig.clientId;
    const options = { ...ids, mappings: deployConfig?.mappings ?? {} };
    if (stat.isFile()) return readDeployCliYaml(location, options);
    if (fs.existsSync(path.join(location, DUMP_FILES.clients[0]))) return readDump(location, ids);
    const sections = Object.values(DIRECTORY_SECTIONS).filter((dir) => fs.existsSync(path.join(location, dir)));
    if (sections.length > 0 || fs.existsSync(path.join(location, "tenant.json"))) return readDeployCliDirectory(location, options);
    throw new SourceError(
        `${location}: neither a Management API dump (clients.json, resource-servers.json, client-grants.json, roles.json) ` +
            `nor a deploy-cli directory export (${Object.values(DIRECTORY_SECTIONS).join("/, ")}/)`,
    );
}
