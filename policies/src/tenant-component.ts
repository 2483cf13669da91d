// The inputs of the builder's Tenant component: what a stack's Auth0 resources alone do not show
// (the environment, the plan, waivers, and the APIs the stack references but never creates). The
// builder writes them and the policy pack reads them back to rebuild the same TenantModel.
import type { ManagementApiSettings } from "./management-api";
import type { Environment, Plan, TenantModel } from "./model";

export const TENANT_COMPONENT_TYPE = "auth0-topology:index:Tenant";

export interface ReferencedApi {
    key: string;
    identifier: string;
    name: string;
    scopes: { value: string; description: string }[];
}

export interface TenantComponentInputs {
    environment: Environment;
    plan: Plan;
    maxAudiences: number;
    waivers: { rule: string; target: string; reason: string }[];
    /** APIs with kind "external". */
    externalApis: ReferencedApi[];
    /** The Management API's identifier (it carries the tenant domain); its scopes are fixed, see management-api.ts. */
    managementApiIdentifier?: string;
    /** What the design says of the tenant's Management API settings. */
    managementApi?: ManagementApiSettings;
}

function referenced(api: TenantModel["apis"][number]): ReferencedApi {
    return {
        key: api.key,
        identifier: api.identifier,
        name: api.name,
        scopes: api.scopes.map(({ value, description }) => ({ value, description })),
    };
}

export function tenantComponentInputs(model: TenantModel): TenantComponentInputs {
    const inputs: TenantComponentInputs = {
        environment: model.environment,
        plan: model.plan,
        maxAudiences: model.maxAudiences,
        waivers: model.waivers.map(({ rule, target, reason }) => ({ rule, target, reason })),
        externalApis: model.apis.filter((api) => api.kind === "external").map(referenced),
    };
    const management = model.apis.find((api) => api.kind === "management");
    if (management !== undefined) {
        inputs.managementApiIdentifier = management.identifier;
        inputs.managementApi = { userAccess: management.userAccess, skipConsentForFirstParty: management.skipConsentForFirstParty };
    }
    return inputs;
}
