// The selected Pulumi stack's settings that the topology needs, read from Pulumi.<stack>.yaml
// beside the project: the tenant domain, the environment and the values of `${name}` variables.
import * as path from "node:path";
import { ENVIRONMENTS, type Environment } from "../policies/src/model";
import { LIMITS } from "./load/limits";
import { parseYaml } from "./load/parse";
import type { Locator } from "./load/position";
import { bytesText, givenSource, readRegularFile } from "./load/source";
import { checkStackName } from "./stack-name";
import { plaintextSecrets, type StackSecrets } from "./stack-secrets";
import { UsageError } from "./usage-error";
import { own } from "../policies/src/own";

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
    /** Credentials the file holds in clear (findings located in it, values to mask); absent when none. */
    plaintextSecrets?: StackSecrets;
    /** auth0-topology:environment; development when not set. */
    environment: Environment;
    /** auth0-topology:vars: values of the topology's `${name}` variables. */
    vars: Record<string, string>;
}

export function stackFileName(projectDir: string, stack: string): string {
    checkStackName(stack);
    return path.join(projectDir, `Pulumi.${stack}.yaml`);
}

function stackFileText(file: string): string {
    let read: ReturnType<typeof readRegularFile>;
    try {
        read = readRegularFile(file, LIMITS.fileBytes);
    } catch (err) {
        if (err instanceof UsageError && / does not exist$/.test(err.message)) {
            throw new UsageError(`the stack settings file ${file} does not exist; create it (pulumi stack init) or pick another --stack`);
        }
        throw err;
    }
    if ("tooLarge" in read) throw new UsageError(`the stack settings file ${file} has ${bytesText(read.tooLarge)}, more than the ${bytesText(LIMITS.fileBytes)} a settings file may have`);
    try {
        return new TextDecoder("utf-8", { fatal: true }).decode(read.bytes);
    } catch {
        throw new UsageError(`the stack settings file ${file} is not UTF-8 text`);
    }
}

/**
 * The `config` mapping of a stack file, parsed with the topology's limits. Every value stays text
 * as written (the failsafe schema): `01234` is not the number 1234, and a long number keeps its digits.
 */
function configOf(text: string, file: string): { config: Record<string, unknown>; locator?: Locator } {
    const checked = givenSource(text, file);
    const parsed = "finding" in checked ? { findings: [checked.finding] } : parseYaml(checked.text, file, { schema: "failsafe", allowEmpty: true });
    const error = parsed.findings.find((f) => f.severity === "error");
    if (error !== undefined) throw new UsageError(`${file}:${error.line ?? 1}:${error.column ?? 1}: ${error.message}`);
    if (parsed.parsed === undefined) return { config: {} };
    const config = parsed.parsed.data.config ?? {};
    if (typeof config !== "object" || config === null || Array.isArray(config)) throw new UsageError(`${file}: 'config' must be a mapping`);
    return { config: config as Record<string, unknown>, locator: parsed.parsed.locator };
}

function plainText(value: unknown, what: string, file: string): string {
    if (typeof value === "string") return value;
    throw new UsageError(`${what} in ${file} must be plain text (secrets and objects cannot be topology values)`);
}

function environmentOf(value: unknown, file: string): Environment {
    if (value === undefined) return "development";
    if ((ENVIRONMENTS as readonly unknown[]).includes(value)) return value as Environment;
    throw new UsageError(`${CONFIG_NAMESPACE}:environment in ${file} is '${String(value)}'; use one of ${ENVIRONMENTS.join(", ")}`);
}

/** The settings of `stack` from the text of its settings file (`file` names it in messages). */
export function stackSettingsFromText(stack: string, text: string, file: string): StackSettings {
    const { config, locator } = configOf(text, file);
    const vars = own(config, `${CONFIG_NAMESPACE}:vars`) ?? {};
    if (typeof vars !== "object" || vars === null || Array.isArray(vars)) throw new UsageError(`${CONFIG_NAMESPACE}:vars in ${file} must be a mapping of names to values`);
    const settings: StackSettings = {
        stack,
        environment: environmentOf(config[`${CONFIG_NAMESPACE}:environment`], file),
        vars: Object.fromEntries(Object.entries(vars).map(([name, value]) => [name, plainText(value, `${CONFIG_NAMESPACE}:vars.${name}`, file)])),
    };
    const domain = config["auth0:domain"];
    if (domain !== undefined) settings.domain = plainText(domain, "auth0:domain", file);
    const tenantDomain = config[`${CONFIG_NAMESPACE}:tenantDomain`];
    if (tenantDomain !== undefined) settings.tenantDomain = plainText(tenantDomain, `${CONFIG_NAMESPACE}:tenantDomain`, file);
    const secrets = locator === undefined ? undefined : plaintextSecrets(config, locator);
    if (secrets !== undefined && secrets.findings.length > 0) settings.plaintextSecrets = secrets;
    return settings;
}

export function readStackSettings(projectDir: string, stack: string): StackSettings {
    const file = stackFileName(projectDir, stack);
    return stackSettingsFromText(stack, stackFileText(file), file);
}
