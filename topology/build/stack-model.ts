// The model a Pulumi program deploys: the topology (a file, or one given in memory) checked for the
// stack Pulumi runs, with that stack's configuration. A topology with an error stops the program
// before any resource is registered, with the checker's messages.
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { stringify } from "yaml";
import { ENVIRONMENTS, type Environment, type TenantModel } from "../../policies/src/model";
import type { Finding } from "../../policies/src/rule";
import { summarize } from "../../policies/src/run";
import { checkTopology, type CheckOptions, type CheckResult } from "../check";
import { UsageError } from "../usage-error";
import { formatText } from "../report/text";
import type { TopologyInput } from "../schema";
import { CONFIG_NAMESPACE } from "../stack";

/**
 * Where the topology comes from. `file` is relative to the program's working directory (the Pulumi
 * project's directory), and Pulumi.<stack>.yaml is read beside it; an in-memory `topology` reads
 * Pulumi.<stack>.yaml from the working directory.
 */
export type TopologySource = { file: string } | { topology: TopologyInput };

export function blocksDeployment(finding: Finding): boolean {
    return finding.severity === "error" && finding.waived === undefined;
}

/** What findings of an in-memory topology name as their file. */
export const IN_MEMORY_FILE = "(in-memory topology)";

function environmentOf(config: pulumi.Config): Environment | undefined {
    const value = config.get("environment");
    if (value === undefined || (ENVIRONMENTS as readonly string[]).includes(value)) return value as Environment | undefined;
    throw new pulumi.RunError(
        `${CONFIG_NAMESPACE}:environment is '${value}'; set one of ${ENVIRONMENTS.join(", ")} (pulumi config set ${CONFIG_NAMESPACE}:environment development)`,
    );
}

function sourceOptions(source: TopologySource): Pick<CheckOptions, "file" | "text" | "projectDir"> {
    if ("file" in source) {
        const file = path.resolve(source.file);
        return { file, projectDir: path.dirname(file) };
    }
    return { file: IN_MEMORY_FILE, text: stringify(source.topology), projectDir: process.cwd() };
}

/** The check the CLI runs, with the stack's configuration as Pulumi hands it to the program. */
function checkForStack(source: TopologySource, positions: boolean): CheckResult {
    const config = new pulumi.Config(CONFIG_NAMESPACE);
    const options: CheckOptions = {
        ...sourceOptions(source),
        positions,
        stack: pulumi.getStack(),
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

export function stackModel(source: TopologySource): TenantModel {
    // Without positions: placing every warning would index where each key and item of the file is
    // written (see LoadOptions.positions), and the program prints findings only when it stops.
    const { model, findings } = checkForStack(source, false);
    if (model === undefined || findings.some(blocksDeployment)) {
        // Checked again to say where; a RunError is printed without a stack trace: the user sees exactly what `topology check` prints.
        const placed = checkForStack(source, true).findings;
        throw new pulumi.RunError(formatText({ findings: placed, summary: summarize(placed) }, { color: false }));
    }
    return model;
}
