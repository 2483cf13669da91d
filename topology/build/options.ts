// Resource options shared by every resource the Tenant registers: children of the Tenant, aliased
// from their former names so a rename keeps the Auth0 object, protected where losing it hurts.
import * as pulumi from "@pulumi/pulumi";

export interface ChildContext {
    parent: pulumi.Resource;
    /** Production stacks: resource servers and clients may not be deleted by accident. */
    production: boolean;
}

export function childOptions(
    ctx: ChildContext,
    formerNames: readonly string[],
    extra: { protectInProduction?: boolean; dependsOn?: pulumi.Resource[] } = {},
): pulumi.CustomResourceOptions {
    const options: pulumi.CustomResourceOptions = { parent: ctx.parent };
    if (formerNames.length > 0) options.aliases = formerNames.map((name) => ({ name }));
    if (extra.protectInProduction === true && ctx.production) options.protect = true;
    if (extra.dependsOn !== undefined && extra.dependsOn.length > 0) options.dependsOn = extra.dependsOn;
    return options;
}
