// Which environment a tenant is checked as, and why. Production makes rules stricter, so a
// production tenant checked as development loses checks: the pack takes the most explicit word
// it has and says which one it took.
import { ENVIRONMENTS, type Environment } from "../model";
import { compareText } from "../compare-text";

/** What the stack and the pack are told from outside the resources. */
export interface StackContext {
    /** The stack name (ConfigureStack, else the resources' URNs). */
    stack?: string;
    /** The stack's configuration as `pulumi config` holds it ("ns:key" -> text). */
    config: Readonly<Record<string, string>>;
}

export interface EnvironmentChoice {
    environment: Environment;
    /** Why, for the output: "pack config", "stack config auth0-topology:environment", ... */
    reason: string;
}

export const ENVIRONMENT_CONFIG_KEY = "auth0-topology:environment";

const PRODUCTION_WORDS = new Set(["prod", "production", "prd", "live"]);
const DEVELOPMENT_WORDS = new Set(["dev", "development", "develop", "staging", "stage", "stg", "test", "testing", "qa", "sandbox", "local", "preview", "demo", "uat"]);

/** The environment a name clearly says (one of its words, and not both kinds), else undefined. */
export function environmentNamed(name: string): Environment | undefined {
    const words = name.toLowerCase().split(/[^a-z0-9]+/);
    const production = words.some((w) => PRODUCTION_WORDS.has(w));
    const development = words.some((w) => DEVELOPMENT_WORDS.has(w));
    return production === development ? undefined : production ? "production" : "development";
}

function isEnvironment(value: string): value is Environment {
    return (ENVIRONMENTS as readonly string[]).includes(value);
}

/** Stack config keys that commonly name the environment, in any namespace (`myapp:env`). */
const CONFIG_NAMES = /^[^:]+:(environment|env|stage)$/i;

/** The environment the stack's config states: ours exactly, else a common key whose value clearly says one. */
function fromStackConfig(config: Readonly<Record<string, string>>): EnvironmentChoice | undefined {
    const ours = config[ENVIRONMENT_CONFIG_KEY];
    if (ours !== undefined && isEnvironment(ours)) return { environment: ours, reason: `stack config ${ENVIRONMENT_CONFIG_KEY}` };
    for (const [key, value] of Object.entries(config).sort(([a], [b]) => compareText(a, b))) {
        const named = CONFIG_NAMES.test(key) ? environmentNamed(value) : undefined;
        if (named !== undefined) return { environment: named, reason: `stack config ${key}: ${JSON.stringify(value)}` };
    }
    return undefined;
}

/**
 * In order: what the pack was told, what this project's Tenant component says, the stack's
 * config, the tenant's domain or provider name (a stack may hold a staging and a production
 * tenant), the stack name; else development.
 */
export function chooseEnvironment(options: {
    packConfig?: Environment;
    component?: Environment;
    context: StackContext;
    tenantNames: readonly string[];
}): EnvironmentChoice {
    if (options.packConfig !== undefined) return { environment: options.packConfig, reason: "the tenant-model policy's config" };
    if (options.component !== undefined) return { environment: options.component, reason: "the topology's Tenant component" };
    const configured = fromStackConfig(options.context.config);
    if (configured !== undefined) return configured;
    for (const name of options.tenantNames) {
        const named = environmentNamed(name);
        if (named !== undefined) return { environment: named, reason: `the tenant's name ${JSON.stringify(name)}` };
    }
    const stack = options.context.stack;
    const named = stack === undefined ? undefined : environmentNamed(stack);
    if (named !== undefined) return { environment: named, reason: `the stack name ${JSON.stringify(stack)}` };
    return { environment: "development", reason: "nothing says otherwise" };
}
