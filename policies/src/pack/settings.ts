// Tenant-wide settings a stack's Auth0 resources do not show: read from the builder's Tenant
// component when the stack has one, overridden by the policy pack's config; the environment and
// whether the stack owns the whole tenant also from the stack's config and names.
import { MANAGEMENT_API_DEFAULTS, managementApiIdentifier, type ManagementApiSettings } from "../management-api";
import { apiOf, ENVIRONMENTS, PLANS, USER_ACCESS_POLICIES, type Api, type Environment, type Plan, type Waiver } from "../model";
import { TENANT_COMPONENT_TYPE, type ReferencedApi } from "../tenant-component";
import { chooseEnvironment, type EnvironmentChoice, type StackContext } from "./environment";
import { PropReader, type Diagnostic } from "./props";
import type { PackResource } from "./resource";
import { pathText } from "../path";

/** An API the stack references but does not create; fields other than the reference default like the schema's. */
export type ExternalApiConfig = Pick<ReferencedApi, "key" | "identifier"> & Partial<Omit<ReferencedApi, "key" | "identifier">>;

/** The policy pack's config (and the options of modelFromResources). Every field overrides the stack's. */
export interface PackConfig {
    environment?: Environment;
    plan?: Plan;
    maxAudiences?: number;
    /** The tenant domain, for recognising the Management API audience `https://<domain>/api/v2/`. */
    domain?: string;
    externalApis?: ExternalApiConfig[];
    /**
     * true: the stack creates every API its grants and roles name, so an undeclared audience is an
     * error. Default: true for this project's stacks (they carry a Tenant component), else false.
     */
    ownsTenant?: boolean;
    /** The tenant's Management API settings; Auth0's defaults otherwise. */
    managementApi?: Partial<ManagementApiSettings>;
}

/** The stack config key that says the stack owns the whole tenant ("true"/"false"). */
export const OWNS_TENANT_CONFIG_KEY = "auth0-topology:ownsTenant";

/** What identifies one tenant of a stack (tenants.ts), and what the stack says from outside. */
export interface TenantContext {
    stack: StackContext;
    /** The tenant's domain, when its provider states it. */
    domain?: string;
    /** Names that may say the environment: the domain, the provider's name. */
    names: readonly string[];
}

export interface TenantSettings {
    environment: Environment;
    environmentChoice: EnvironmentChoice;
    ownsTenant: boolean;
    plan: Plan;
    maxAudiences: number;
    waivers: Waiver[];
    externalApis: Api[];
    managementIdentifier: string;
    managementApi: ManagementApiSettings;
}

const DEFAULTS = { environment: "development", plan: "self-service", maxAudiences: 4 } as const;

function oneOf<T extends string>(reader: PropReader, name: string, allowed: readonly T[], fallback: T): T {
    const value = reader.get(name, "string", fallback);
    if ((allowed as readonly string[]).includes(value)) return value as T;
    reader.report(`${name} must be one of ${allowed.join(", ")}, not ${JSON.stringify(value)}`);
    return fallback;
}

/** An external API with the topology schema's defaults for what the reference does not say. */
export function externalApi(ref: ExternalApiConfig, urn: string | undefined): Api {
    const path = pathText(["apis", ref.key]);
    return apiOf({
        key: ref.key,
        identifier: ref.identifier,
        name: ref.name ?? ref.key,
        kind: "external",
        // Pack config may leave descriptions out, although the type requires them.
        scopes: (ref.scopes ?? []).map(({ value, description }) => ({ value, description: description ?? "", source: { path: pathText(["apis", ref.key, "scopes", value]), urn } })),
        source: { path, urn },
    });
}

function readExternalApi(api: PropReader, urn: string): Api | undefined {
    const key = api.required("key");
    const identifier = api.required("identifier");
    if (key === undefined || identifier === undefined) return undefined;
    const scopes = api.objects("scopes").flatMap((scope) => {
        const value = scope.required("value");
        return value === undefined ? [] : [{ value, description: scope.get("description", "string", "") }];
    });
    return externalApi({ key, identifier, name: api.get("name", "string", key), scopes }, urn);
}

function ownsTenant(config: PackConfig, stack: StackContext, component: boolean): boolean {
    if (config.ownsTenant !== undefined) return config.ownsTenant;
    const configured = stack.config[OWNS_TENANT_CONFIG_KEY];
    if (configured === "true" || configured === "false") return configured === "true";
    return component;
}

export function readSettings(resources: readonly PackResource[], config: PackConfig, diagnostics: Diagnostic[], tenantContext: TenantContext): TenantSettings {
    const components = resources.filter((r) => r.type === TENANT_COMPONENT_TYPE);
    for (const extra of components.slice(1)) {
        new PropReader(extra, diagnostics).report(`a second ${TENANT_COMPONENT_TYPE} in the stack; only '${components[0]!.name}' is read`);
    }
    const component = components[0];
    const tenant = component === undefined ? undefined : new PropReader(component, diagnostics);
    const urn = component?.urn;

    const waivers: Waiver[] = (tenant?.objects("waivers") ?? []).flatMap((waiver, index) => {
        const rule = waiver.required("rule");
        const target = waiver.required("target");
        const reason = waiver.required("reason");
        if (rule === undefined || target === undefined || reason === undefined) return [];
        return [{ rule, target, reason, source: { path: `waivers.${index}`, urn } }];
    });
    const externalApis =
        config.externalApis?.map((ref) => externalApi(ref, undefined)) ??
        (tenant?.objects("externalApis") ?? []).flatMap((api) => readExternalApi(api, urn!) ?? []);

    const management = tenant?.object("managementApi");
    const managementSettings: ManagementApiSettings = {
        userAccess:
            config.managementApi?.userAccess ??
            (management ? oneOf(management, "userAccess", USER_ACCESS_POLICIES, MANAGEMENT_API_DEFAULTS.userAccess) : MANAGEMENT_API_DEFAULTS.userAccess),
        skipConsentForFirstParty:
            config.managementApi?.skipConsentForFirstParty ?? management?.get("skipConsentForFirstParty", "boolean", MANAGEMENT_API_DEFAULTS.skipConsentForFirstParty) ?? MANAGEMENT_API_DEFAULTS.skipConsentForFirstParty,
    };
    // The project's Tenant component names the audience it was built with (the canonical domain, which a
    // custom domain on the provider is not); otherwise the provider's domain is the best guess.
    const fromComponent = tenant?.get("managementApiIdentifier", "string", "");
    const domain = config.domain ?? (fromComponent ? undefined : tenantContext.domain);
    const environmentChoice = chooseEnvironment({
        packConfig: config.environment,
        component: tenant ? oneOf(tenant, "environment", ENVIRONMENTS, DEFAULTS.environment) : undefined,
        context: tenantContext.stack,
        tenantNames: tenantContext.names,
    });
    return {
        environment: environmentChoice.environment,
        environmentChoice,
        ownsTenant: ownsTenant(config, tenantContext.stack, component !== undefined),
        plan: config.plan ?? (tenant ? oneOf(tenant, "plan", PLANS, DEFAULTS.plan) : DEFAULTS.plan),
        maxAudiences: config.maxAudiences ?? tenant?.get("maxAudiences", "number", DEFAULTS.maxAudiences) ?? DEFAULTS.maxAudiences,
        waivers,
        externalApis,
        managementIdentifier: domain === undefined && fromComponent ? fromComponent : managementApiIdentifier(domain),
        managementApi: managementSettings,
    };
}
