// The Pulumi program: check the topology for the selected stack, refuse to touch the tenant when
// the checker finds an error, otherwise register the Tenant. index.ts runs it; so do mock runs.
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { ENVIRONMENTS, type Environment } from "../../policies/src/model";
import type { Finding } from "../../policies/src/rule";
import { summarize } from "../../policies/src/run";
import { checkTopology, type CheckOptions, type CheckResult } from "../check";
import { UsageError } from "../usage-error";
import { formatText } from "../report/text";
import { CONFIG_NAMESPACE } from "../stack";
import type { TenantOutputs } from "./outputs";
import { Tenant } from "./tenant";

export { CONFIG_NAMESPACE } from "../stack";

export function blocksDeployment(finding: Finding): boolean {
    return finding.severity === "error" && finding.waived === undefined;
}

function environmentOf(config: pulumi.Config): Environment | undefined {
    const value = config.get("environment");
    if (value === undefined || (ENVIRONMENTS as readonly string[]).includes(value)) return value as Environment | undefined;
    throw new pulumi.RunError(
        `${CONFIG_NAMESPACE}:environment is '${value}'; set one of ${ENVIRONMENTS.join(", ")} (pulumi config set ${CONFIG_NAMESPACE}:environment development)`,
    );
}

/** The check the CLI runs, with the stack's configuration as Pulumi hands it to the program. */
function checkForStack(topologyFile: string): CheckResult {
    const config = new pulumi.Config(CONFIG_NAMESPACE);
    const options: CheckOptions = {
        file: topologyFile,
        stack: pulumi.getStack(),
        projectDir: path.dirname(topologyFile),
        environment: environmentOf(config),
        vars: config.getObject<Record<string, string>>("vars") ?? {},
        // A custom auth0:domain does not name the Management API's audience; the canonical domain does.
        domain: config.get("tenantDomain") ?? new pulumi.Config("auth0").get("domain"),
    };
    try {
        return checkTopology(options);
    } catch (err) {
        // A missing file or stack settings file: a message for the user, not a stack trace.
        if (err instanceof UsageError) throw new pulumi.RunError(err.message);
        throw err;
    }
}

export async function tenantProgram(topologyFile: string): Promise<TenantOutputs> {
    const { model, findings } = checkForStack(topologyFile);
    if (model === undefined || findings.some(blocksDeployment)) {
        // A RunError is printed without a stack trace: the user sees exactly what `topology check` prints.
        throw new pulumi.RunError(formatText({ findings, summary: summarize(findings) }, { color: false }));
    }
    return new Tenant("tenant", model).outputs;
}
