// One stack may manage several tenants: one per auth0 provider (explicit `auth0.Provider`s, one per
// customer or per environment, beside the default provider configured by `auth0:domain`). Each
// tenant is its own model: identifiers, names and grants of one tenant say nothing about another.
import { TENANT_COMPONENT_TYPE } from "../tenant-component";
import { AUTH0_TYPES } from "./auth0-types";
import type { PackResource } from "./resource";

export interface TenantResources {
    /** How reports name the tenant: its domain, else its provider's name, else "default". */
    label: string;
    domain?: string;
    /** The provider's URN, when a resource names it (explicit providers, and the engine's default one). */
    providerUrn?: string;
    /** Names that may say the environment (the domain, the provider's name). */
    names: string[];
    resources: PackResource[];
}

const DEFAULT_KEY = "(default provider)";

function domainOf(props: Record<string, unknown> | undefined): string | undefined {
    return typeof props?.domain === "string" && props.domain !== "" ? props.domain : undefined;
}

function nameOfUrn(urn: string): string {
    return urn.slice(urn.lastIndexOf("::") + 2);
}

/** The resources of each tenant, in the order the stack first names them. */
export function splitByTenant(resources: readonly PackResource[]): TenantResources[] {
    const tenants = new Map<string, TenantResources>();
    const tenantOf = (key: string, init: () => Omit<TenantResources, "resources">) => {
        let tenant = tenants.get(key);
        if (tenant === undefined) tenants.set(key, (tenant = { ...init(), resources: [] }));
        return tenant;
    };
    // Provider resources of the stack: a provider's props are its configuration (the domain).
    const providers = new Map(resources.filter((r) => r.type === AUTH0_TYPES.provider).map((r) => [r.urn, r]));
    const others: PackResource[] = [];
    for (const resource of resources) {
        if (!resource.type.startsWith("auth0:")) {
            others.push(resource);
            continue;
        }
        const providerUrn = resource.provider?.urn;
        const domain = domainOf(resource.provider?.props) ?? domainOf(providerUrn === undefined ? undefined : providers.get(providerUrn)?.props);
        // The same domain through two providers is one tenant.
        const key = domain ?? providerUrn ?? DEFAULT_KEY;
        const providerName = providerUrn === undefined ? undefined : nameOfUrn(providerUrn);
        const tenant = tenantOf(key, () => {
            const names = [domain, providerName].filter((n): n is string => n !== undefined);
            const init: Omit<TenantResources, "resources"> = { label: domain ?? providerName ?? "default", names };
            if (domain !== undefined) init.domain = domain;
            if (providerUrn !== undefined) init.providerUrn = providerUrn;
            return init;
        });
        tenant.resources.push(resource);
    }
    const all = [...tenants.values()];
    if (all.length === 0) return [{ label: "default", names: [], resources: [...resources] }];
    // Components, the stack and providers go with every tenant, except a Tenant component, which
    // describes the tenant its own resources are in.
    for (const other of others) {
        const owners = other.type === TENANT_COMPONENT_TYPE && all.length > 1 ? all.filter((t) => t.resources.some((r) => r.parent === other.urn)) : all;
        for (const tenant of owners) tenant.resources.push(other);
    }
    return all;
}

/** The stack name in a resource URN, `urn:pulumi:<stack>::<project>::...`. */
export function stackOfUrn(urn: string): string | undefined {
    return /^urn:pulumi:([^:]+)::/.exec(urn)?.[1];
}
