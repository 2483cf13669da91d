// The diff of two versions of a tenant: a pure function from two TenantModels (and their findings)
// to a ChangeSet. Declared renames are compared with their former selves; everything else by key.
import type { TenantModel } from "../../policies/src/model";
import type { Finding } from "../../policies/src/rule";
import type { StackSettings } from "../stack";
import { accessDelta } from "./access";
import { diffApis } from "./apis";
import type { Change, ChangeSet } from "./changeset";
import { diffClients, withPolicyKeys } from "./clients";
import type { DiffContext } from "./fields";
import { findingDelta } from "./findings";
import { diffGrants } from "./grants";
import { applyRenames, findRenames } from "./renames";
import { diffRoles } from "./roles";
import { diffStack } from "./stack";
import { diffTenant, diffWaivers } from "./tenant";

/**
 * An API removed and one added with the same identifier is a rename without `formerly`: Pulumi
 * creates the new resource before deleting the old one, and Auth0 refuses a second API with the
 * same identifier.
 */
function flagUnaliasedApiRenames(context: DiffContext, changes: Change[]): void {
    for (const change of changes) {
        if (change.kind !== "api" || change.action !== "added") continue;
        const api = context.head.apis.find((a) => a.source.path === change.path);
        const old = context.base.apis.find((a) => api !== undefined && a.identifier === api.identifier && !context.head.apis.some((h) => h.key === a.key));
        if (api === undefined || old === undefined || api.kind !== "managed") continue;
        change.risks.push({
            risk: "replaces",
            reason:
                `looks like a rename of \`${old.key}\` without \`formerly\`: pulumi up creates a second API with identifier ${api.identifier} ` +
                `before deleting the old one, and Auth0 rejects it (409). Add \`formerly: [${old.key}]\` to ${api.source.path}.`,
        });
    }
}

export interface DiffInput {
    base: TenantModel;
    head: TenantModel;
    baseFindings?: readonly Finding[];
    headFindings?: readonly Finding[];
    /** Each version's stack settings, when a stack is selected. */
    baseStack?: StackSettings;
    headStack?: StackSettings;
}

export function diffModels({ base, head, baseFindings = [], headFindings = [], baseStack, headStack }: DiffInput): ChangeSet {
    const renames = findRenames(base, head);
    const context: DiffContext = { base: withPolicyKeys(applyRenames(base, renames)), head: withPolicyKeys(head), stack: (headStack ?? baseStack)?.stack };
    const changes = [
        ...diffStack(baseStack, headStack),
        ...diffTenant(context),
        ...diffApis(context, renames.apis),
        ...diffClients(context, renames.clients),
        ...diffGrants(context),
        ...diffRoles(context, renames.roles),
        ...diffWaivers(context),
    ];
    flagUnaliasedApiRenames(context, changes);
    return { changes, access: accessDelta(context.base, context.head), findings: findingDelta(baseFindings, headFindings) };
}
