// The Pulumi program: the Tenant component of the topology file, checked for the selected stack
// (topology/build/stack-model.ts). index.ts runs it; so do mock runs.
import type { TenantOutputs } from "./outputs";
import { Tenant } from "./tenant";
import { TENANT_NAME } from "./urns";

export { CONFIG_NAMESPACE } from "../stack";
export { blocksDeployment } from "./stack-model";

export async function tenantProgram(topologyFile: string): Promise<TenantOutputs> {
    return new Tenant(TENANT_NAME, { file: topologyFile }).outputs;
}
