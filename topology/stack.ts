// The selected Pulumi stack's settings that the topology needs, read from Pulumi.<stack>.yaml
// beside the project: the tenant domain, the environment and the values of `${name}` variables.
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";
import { ENVIRONMENTS, type Environment } from "../policies/src/model";
import { UsageError } from "./usage-error";

/** The domain that names the Management API's audience: the canonical one when the stack sets it. */
export function managementDomain(settings: Pick<StackSettings, "domain" | "tenantDomain">): string | undefined {
    return settings.tenantDomain ?? settings.domain;
}

/** The Pulumi project name: the namespace of this tool's stack settings. */
export const CONFIG_NAMESPACE = "auth0-topology";

/** The stack commands use without --stack when its Pulumi.dev.yaml is there (topology/cli/load-flags.ts);
 * also the stack name of a plan's URNs when no stack is selected. */
export const DEFAULT_STACK = "dev";

/** A stack without a settings file: development, no domain, no variables. */
export function noStackSettings(stack: string): StackSettings {
    return { stack, environment: "development", vars: {} };
}

export interface StackSettings {
    stack: string;
    /** auth0:domain, the domain the provider calls (example-dev.eu.auth0.com, or a custom domain). */
    domain?: string;
    /**
     * auth0-topology:tenantDomain, the tenant's canonical `<tenant>.<region>.auth0.com` domain when
     * auth0:domain is a custom domain: the Management API's audience always carries the canonical one.
     */
    tenantDomain?: string;
    /** auth0-topology:environment; development when not set. */
    environment: Environment;
    /** auth0-topology:vars: values of the topology's `${name}` variables. */
    vars: Record<string, string>;
}

export function stackFileName(projectDir: string, stack: string): string {
    return path.join(projectDir, `Pulumi.${stack}.yaml`);
}

function readConfig(file: string): Record<string, unknown> {
    let text: string;
    try {
        text = fs.readFileSync(file, "utf8");
    } catch {
        throw new UsageError(`the stack settings file ${file} does not exist; create it (pulumi stack init) or pick another --stack`);
    }
    let settings: unknown;
    try {
        settings = parse(text, { prettyErrors: true });
    } catch (err) {
        throw new UsageError(`${file} is not valid YAML: ${(err as Error).message.split("\n")[0]}`);
    }
    const config = (settings as { config?: unknown } | null)?.config ?? {};
    if (typeof config !== "object" || config === null || Array.isArray(config)) throw new UsageError(`${file}: 'config' must be a mapping`);
    return config as Record<string, unknown>;
}

function text(value: unknown, what: string, file: string): string {
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return String(value);
    throw new UsageError(`${what} in ${file} must be plain text (secrets and objects cannot be topology values)`);
}

function environmentOf(value: unknown, file: string): Environment {
    if (value === undefined) return "development";
    if ((ENVIRONMENTS as readonly unknown[]).includes(value)) return value as Environment;
    throw new UsageError(`${CONFIG_NAMESPACE}:environment in ${file} is '${String(value)}'; use one of ${ENVIRONMENTS.join(", ")}`);
}

export function readStackSettings(projectDir: string, stack: string): StackSettings {
    const file = stackFileName(projectDir, stack);
    const config = readConfig(file);
    const vars = config[`${CONFIG_NAMESPACE}:vars`] ?? {};
    if (typeof vars !== "object" || vars === null || Array.isArray(vars)) throw new UsageError(`${CONFIG_NAMESPACE}:vars in ${file} must be a mapping of names to values`);
    const settings: StackSettings = {
        stack,
        environment: environmentOf(config[`${CONFIG_NAMESPACE}:environment`], file),
        vars: Object.fromEntries(Object.entries(vars).map(([name, value]) => [name, text(value, `${CONFIG_NAMESPACE}:vars.${name}`, file)])),
    };
    const domain = config["auth0:domain"];
    if (domain !== undefined) settings.domain = text(domain, "auth0:domain", file);
    const tenantDomain = config[`${CONFIG_NAMESPACE}:tenantDomain`];
    if (tenantDomain !== undefined) settings.tenantDomain = text(tenantDomain, `${CONFIG_NAMESPACE}:tenantDomain`, file);
    return settings;
}
