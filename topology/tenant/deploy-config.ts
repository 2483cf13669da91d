// A deploy-cli config.json: the tenant domain, the client it deploys with (the exporting tool's
// own client, skipped on import) and its keyword mappings.
import * as z from "zod";
import { parseSource, readObject, readText } from "./document";

const DeployConfigShape = z.looseObject({
    AUTH0_DOMAIN: z.string().optional(),
    AUTH0_CLIENT_ID: z.string().optional(),
    // Not z.record: it rebuilds the object and drops a '__proto__' keyword.
    AUTH0_KEYWORD_REPLACE_MAPPINGS: z
        .custom<Record<string, unknown>>((value) => typeof value === "object" && value !== null && !Array.isArray(value), "must be a mapping of keywords to values")
        .optional(),
});

export interface DeployConfig {
    file: string;
    domain?: string;
    clientId?: string;
    mappings: Record<string, unknown>;
}

export function readDeployConfig(file: string): DeployConfig {
    const { value } = readObject(parseSource(file, readText(file)), DeployConfigShape, "the deploy-cli config");
    const config: DeployConfig = { file, mappings: value.AUTH0_KEYWORD_REPLACE_MAPPINGS ?? {} };
    if (value.AUTH0_DOMAIN !== undefined) config.domain = value.AUTH0_DOMAIN;
    if (value.AUTH0_CLIENT_ID !== undefined) config.clientId = value.AUTH0_CLIENT_ID;
    return config;
}
