// Tenant-wide settings a stack's Auth0 resources do not show: read from the builder's Tenant
// component when the stack has one, overridden by the policy pack's config.
import { managementApiIdentifier } from "../management-api";
import { apiOf, ENVIRONMENTS, PLANS, type Api, type Environment, type Plan, type Waiver } from "../model";
import { TENANT_COMPONENT_TYPE, type ReferencedApi } from "../tenant-component";
import { AUTH0_TYPES } from "./auth0-types";
import { PropReader, type Diagnostic } from "./props";
import type { PackResource } from "./resource";

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
}

export interface TenantSettings {
    environment: Environment;
    plan: Plan;
    maxAudiences: number;
    waivers: Waiver[];
    externalApis: Api[];
    managementIdentifier: string;
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
    const path = `apis.${ref.key}`;
    return apiOf({
        key: ref.key,
        identifier: ref.identifier,
        name: ref.name ?? ref.key,
        kind: "external",
        // Pack config may leave descriptions out, although the type requires them.
        scopes: (ref.scopes ?? []).map(({ value, description }) => ({ value, description: description ?? "", source: { path: `${path}.scopes.${value}`, urn } })),
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

/** The tenant domain from the stack's auth0 provider: an explicit provider, or a provider resource. */
function providerDomain(resources: readonly PackResource[]): string | undefined {
    for (const resource of resources) {
        const props = resource.type === AUTH0_TYPES.provider ? resource.props : resource.provider?.props;
        if (typeof props?.domain === "string") return props.domain;
    }
    return undefined;
}

export function readSettings(resources: readonly PackResource[], config: PackConfig, diagnostics: Diagnostic[]): TenantSettings {
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

    const domain = config.domain ?? providerDomain(resources);
    const fromComponent = tenant?.get("managementApiIdentifier", "string", "");
    return {
        environment: config.environment ?? (tenant ? oneOf(tenant, "environment", ENVIRONMENTS, DEFAULTS.environment) : DEFAULTS.environment),
        plan: config.plan ?? (tenant ? oneOf(tenant, "plan", PLANS, DEFAULTS.plan) : DEFAULTS.plan),
        maxAudiences: config.maxAudiences ?? tenant?.get("maxAudiences", "number", DEFAULTS.maxAudiences) ?? DEFAULTS.maxAudiences,
        waivers,
        externalApis,
        managementIdentifier: domain === undefined && fromComponent ? fromComponent : managementApiIdentifier(domain),
    };
}
