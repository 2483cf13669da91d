// Loading a topology for the review commands (diff, graph, config): a file that does not load is
// reported like `check` reports it, and the command stops with exit code 1.
import type { SecretMask } from "../../policies/src/mask";
import type { TenantModel } from "../../policies/src/model";
import type { Finding } from "../../policies/src/rule";
import { checkTopology } from "../check";
import type { LoadOptions } from "../load";
import { formatFindings } from "../report/text";
import type { StackSettings } from "../stack";

export const DEFAULT_FILE = "topology.yaml";

export class TopologyInputError extends Error {
    override name = "TopologyInputError";
}

export interface Checked {
    model: TenantModel;
    findings: Finding[];
    stack?: StackSettings;
    mask: SecretMask;
}

/** Loads and checks; throws TopologyInputError (with the formatted findings) when there is no model. */
export function checkedModel(options: LoadOptions, what: string): Checked {
    const { model, findings, stack, mask } = checkTopology(options);
    if (model === undefined) throw new TopologyInputError(`${what} does not load:\n${formatFindings(findings)}`);
    return { model, findings, stack, mask };
}

/** Runs a command body; a topology that does not load is printed and ends the command with exit 1. */
export function reportingInputErrors(body: () => void): void {
    try {
        body();
    } catch (err) {
        if (!(err instanceof TopologyInputError)) throw err;
        process.stderr.write(`${err.message}\n`);
        process.exitCode = 1;
    }
}
