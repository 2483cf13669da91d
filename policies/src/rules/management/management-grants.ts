import type { TenantModel } from "../../model";
import { isPublicClient, resolvedGrants, type ResolvedGrant } from "../model-index";

/** Grants on the tenant's Management API. */
export function managementGrants(model: TenantModel): ResolvedGrant[] {
    return resolvedGrants(model).filter(({ api }) => api.kind === "management");
}

/** Management API grants that an app uses on behalf of its signed-in user, whatever its type. */
export function userManagementGrants(model: TenantModel): ResolvedGrant[] {
    return managementGrants(model).filter(({ grant }) => grant.subjectType === "user");
}

/** Management API grants that a browser or native app uses on behalf of its signed-in user. */
export function publicClientManagementGrants(model: TenantModel): ResolvedGrant[] {
    return userManagementGrants(model).filter(({ client }) => isPublicClient(client));
}
