// Which changes `pulumi up` carries out by replacing a resource, from the provider contract's
// ForceNew facts and the program's replaceOnChanges, and which of those it refuses: on production
// stacks the program protects APIs and clients, and Pulumi neither deletes nor replaces a protected
// resource until it is unprotected.
import { isForceNew } from "../../policies/src/facts/provider-contract";
import { AUTH0_TYPES } from "../../policies/src/pack/auth0-types";
import type { TenantModel } from "../../policies/src/model";
import { TENANT_COMPONENT_TYPE } from "../../policies/src/tenant-component";
import { replaceOnChanges } from "../build/replacements";
import { engineUrn, TENANT_NAME } from "../build/urns";
import { CONFIG_NAMESPACE } from "../stack";
import type { RiskNote } from "./changeset";

/** The resources the program protects on production stacks (topology/build: protectInProduction). */
export type ProtectedType = typeof AUTH0_TYPES.resourceServer | typeof AUTH0_TYPES.client;

/** Whether changing this input of this resource type replaces it, and who says so. */
export function replacedBy(type: string, attribute: string): "the provider (ForceNew)" | "the program (replaceOnChanges)" | undefined {
    if (isForceNew(type, [attribute])) return "the provider (ForceNew)";
    if (replaceOnChanges(type).includes(attribute)) return "the program (replaceOnChanges)";
    return undefined;
}

/** The engine URN of one of the program's resources; `<stack>` when the diff does not know the stack. */
export function programUrn(stack: string | undefined, type: string, key: string): string {
    const tenant = engineUrn({ stack: stack ?? "<stack>", project: CONFIG_NAMESPACE, type: TENANT_COMPONENT_TYPE, name: TENANT_NAME });
    return engineUrn({ stack: stack ?? "<stack>", project: CONFIG_NAMESPACE, parent: tenant, type, name: key });
}

export interface ProtectionContext {
    /** The stack as it is before the change: its resources carry the protect flag it was deployed with. */
    base: TenantModel;
    stack?: string;
}

/** The refusal of a replacement or deletion of a protected resource, with the command that lifts it. */
export function refusedWhileProtected(ctx: ProtectionContext, type: ProtectedType, key: string, action: "deletes" | "replaces"): RiskNote[] {
    if (ctx.base.environment !== "production") return [];
    const what = type === AUTH0_TYPES.client ? "clients" : "APIs";
    return [
        {
            risk: "refused",
            reason:
                `pulumi up refuses to ${action === "deletes" ? "delete" : "replace"} it: the program protects ${what} on production stacks. ` +
                `If this is intended, unprotect it first: \`pulumi state unprotect '${programUrn(ctx.stack, type, key)}'\``,
        },
    ];
}

/**
 * The replacement a change of `attribute` causes, if the contract or the program says it replaces,
 * with its refusal on production; `consequence` says what the new object means for callers.
 */
export function replacementRisks(ctx: ProtectionContext, type: ProtectedType, key: string, attribute: string, consequence: string): RiskNote[] {
    const by = replacedBy(type, attribute);
    if (by === undefined) return [];
    return [{ risk: "replaces", reason: `${by} replaces the resource on a change of ${attribute}: ${consequence}` }, ...refusedWhileProtected(ctx, type, key, "replaces")];
}
