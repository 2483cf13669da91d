// deploy-cli exports, YAML (one tenant.yaml) and directory (one JSON file per object). Both
// reference clients by name and resource servers by identifier, and carry no ids.
// https://github.com/auth0/auth0-deploy-cli/tree/master/docs (formats: yaml, directory)
import * as fs from "node:fs";
import * as path from "node:path";
import { parseSource, readList, readObject, readText, type SourceDocument } from "./document";
import { replaceKeywords, variableValues, type Mappings } from "./keywords";
import { ClientGrantShape, ClientShape, ResourceServerShape, RoleShape, type TenantSnapshot } from "./shape";

export interface DeployCliOptions {
    mappings: Mappings;
    domain?: string;
    exporterClientId?: string;
}

type Sections = Pick<TenantSnapshot, "clients" | "resourceServers" | "grants" | "roles">;

function snapshot(format: TenantSnapshot["format"], location: string, sections: Sections, found: Keywords, notes: string[], options: DeployCliOptions): TenantSnapshot {
    const keywords = Object.fromEntries(found);
    const result: TenantSnapshot = { format, location, keywords, vars: variableValues(keywords, options.mappings), notes, ...sections };
    if (options.domain !== undefined) result.domain = options.domain;
    if (options.exporterClientId !== undefined) result.exporterClientId = options.exporterClientId;
    return result;
}

/** The keywords found in the files read so far, by name (a Map: '__proto__' is a keyword like any other). */
type Keywords = Map<string, string>;

function withKeywords(file: string, options: DeployCliOptions, keywords: Keywords, notes: string[]): SourceDocument {
    const replaced = replaceKeywords(readText(file), options.mappings, file);
    for (const [keyword, name] of Object.entries(replaced.keywords)) keywords.set(keyword, name);
    notes.push(...replaced.notes);
    return parseSource(file, replaced.text);
}

export function readDeployCliYaml(file: string, options: DeployCliOptions): TenantSnapshot {
    const keywords: Keywords = new Map();
    const notes: string[] = [];
    const source = withKeywords(file, options, keywords, notes);
    return snapshot(
        "deploy-cli-yaml",
        file,
        {
            clients: readList(source, "clients", ClientShape, "client"),
            resourceServers: readList(source, "resourceServers", ResourceServerShape, "resource server"),
            grants: readList(source, "clientGrants", ClientGrantShape, "client grant"),
            roles: readList(source, "roles", RoleShape, "role"),
        },
        keywords,
        notes,
        options,
    );
}

/** deploy-cli's folder names: https://github.com/auth0/auth0-deploy-cli/blob/master/src/tools/constants.ts */
export const DIRECTORY_SECTIONS = { clients: "clients", resourceServers: "resource-servers", grants: "grants", roles: "roles" } as const;

function jsonFiles(dir: string): string[] {
    if (!fs.existsSync(dir)) return [];
    return fs
        .readdirSync(dir)
        .filter((name) => name.endsWith(".json"))
        .sort()
        .map((name) => path.join(dir, name));
}

export function readDeployCliDirectory(dir: string, options: DeployCliOptions): TenantSnapshot {
    const keywords: Keywords = new Map();
    const notes: string[] = [];
    const read = <T>(section: keyof typeof DIRECTORY_SECTIONS, schema: Parameters<typeof readObject<T>>[1], what: string) =>
        jsonFiles(path.join(dir, DIRECTORY_SECTIONS[section])).map((file) => readObject(withKeywords(file, options, keywords, notes), schema, what));
    return snapshot(
        "deploy-cli-directory",
        dir,
        {
            clients: read("clients", ClientShape, "client"),
            resourceServers: read("resourceServers", ResourceServerShape, "resource server"),
            grants: read("grants", ClientGrantShape, "client grant"),
            roles: read("roles", RoleShape, "role"),
        },
        keywords,
        notes,
        options,
    );
}
