// URNs as the Pulumi engine forms them. The mock monitor's own URNs differ (it prefixes the root
// stack's type and keeps only the parent's last type), and findings cite URNs, so mock runs use these.
const ROOT_STACK_TYPE = "pulumi:pulumi:Stack";

/** The name of the program's one Tenant component, parent of every resource it registers. */
export const TENANT_NAME = "tenant";

export interface UrnParts {
    stack: string;
    project: string;
    /** URN of the parent resource, if any. */
    parent?: string;
    type: string;
    name: string;
}

export function engineUrn({ stack, project, parent, type, name }: UrnParts): string {
    const parentType = parent === undefined || parent === "" ? undefined : parent.split("::")[2];
    const qualifiedType = parentType === undefined || parentType === ROOT_STACK_TYPE ? type : `${parentType}$${type}`;
    return `urn:pulumi:${stack}::${project}::${qualifiedType}::${name}`;
}
