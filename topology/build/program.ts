// The Pulumi program: check the topology for the selected stack, refuse to touch the tenant when
// the checker finds an error, otherwise register the Tenant. index.ts runs it; so do mock runs.
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { ENVIRONMENTS, type Environment } from "../../policies/src/model";
import type { Finding } from "../../policies/src/rule";
import { checkTopology } from "../check";
import { formatFindings } from "../report/text";
import type { TenantOutputs } from "./outputs";
import { Tenant } from "./tenant";

export const CONFIG_NAMESPACE = "auth0-topology";

function environmentOf(config: pulumi.Config): Environment | undefined {
    const value = config.get("environment");
    if (value === undefined || (ENVIRONMENTS as readonly string[]).includes(value)) return value as Environment | undefined;
    throw new pulumi.RunError(
        `${CONFIG_NAMESPACE}:environment is '${value}'; set it to one of ${ENVIRONMENTS.join(", ")} ` +
            `(pulumi config set ${CONFIG_NAMESPACE}:environment development)`,
    );
}

export function blocksDeployment(finding: Finding): boolean {
    return finding.severity === "error" && finding.waived === undefined;
}

export async function tenantProgram(topologyFile: string): Promise<TenantOutputs> {
    const config = new pulumi.Config(CONFIG_NAMESPACE);
    const { model, findings } = checkTopology({
        file: topologyFile,
        stack: pulumi.getStack(),
        environment: environmentOf(config),
        vars: config.getObject<Record<string, string>>("vars") ?? {},
        projectDir: path.dirname(topologyFile),
    });
    if (model === undefined || findings.some(blocksDeployment)) {
        // A RunError prints its message without a stack trace: the user sees the checker's report.
        throw new pulumi.RunError(formatFindings(findings));
    }
    return new Tenant("tenant", model).outputs;
}
