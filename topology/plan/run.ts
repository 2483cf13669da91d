// `topology plan`: an offline preview. Checks the topology, runs the real Pulumi program under
// preview-mode mocks, and serves the real policy pack over gRPC with what the program registered:
// the path of `pulumi preview --policy-pack policies`, without the CLI or a tenant.
import * as path from "node:path";
import type { Environment, TenantModel } from "../../policies/src/model";
import { checkContract, installedSdkVersion, type ContractCheck } from "./contract";
import type { Finding } from "../../policies/src/rule";
import { analyzeStack, type PolicyPackConfig, type PolicyViolation } from "../analyzer";
import { projectPackDir } from "../analyzer/pack-dir";
import { stackResources } from "../analyzer/registered";
import { MODEL_POLICY } from "../../policies/src/pack/analysis";
import { CONFIG_NAMESPACE, blocksDeployment } from "../build/program";
import { runProgramUnderMocks, type RegisteredResource } from "../build/mock-run";
import type { SecretMask } from "../../policies/src/mask";
import { checkTopology } from "../check";
import { UsageError } from "../usage-error";
import { DEFAULT_STACK, managementDomain, noStackSettings, readStackSettings, type StackSettings } from "../stack";

export interface PlanOptions {
    file: string;
    /** Undefined: no stack is selected (development settings; URNs name the stack DEFAULT_STACK). */
    stack?: string;
    environment?: Environment;
    vars: Record<string, string>;
    /** Progress lines (stderr in the CLI). */
    progress?: (line: string) => void;
    packDir?: string;
}

export interface PlanResult {
    /** Empty when the checker's errors stopped the plan before the program ran. */
    resources: RegisteredResource[];
    findings: Finding[];
    /** Whether the checker ran: `plan --program` has no topology file, only resources for the pack. */
    checked: boolean;
    /** The registered inputs against the provider contract; absent when the program did not run. */
    contract?: ContractCheck;
    policy: PolicyViolation[];
    /** The credentials the topology and its stack file hold in clear: the plan's output masks them. */
    mask: SecretMask;
}

/** The stack configuration `pulumi preview` would give the program, with the command line's overrides. */
export function programConfig(settings: StackSettings, overrides: Pick<PlanOptions, "environment" | "vars">): Record<string, string> {
    const config: Record<string, string> = {
        [`${CONFIG_NAMESPACE}:environment`]: overrides.environment ?? settings.environment,
        [`${CONFIG_NAMESPACE}:vars`]: JSON.stringify({ ...settings.vars, ...overrides.vars }),
    };
    if (settings.domain !== undefined) config["auth0:domain"] = settings.domain;
    if (settings.tenantDomain !== undefined) config[`${CONFIG_NAMESPACE}:tenantDomain`] = settings.tenantDomain;
    return config;
}

/**
 * Model elements (APIs, apps, grants, roles) `plan` previews. The program registers about 1.4
 * resources per element, and Pulumi's mock runtime holds about 0.2 MB and 2-4 ms per resource:
 * the bench's 400-API tenant (1,940 elements, 2,782 resources) took 11 s and 771 MB, its 2,000-API
 * one 160 s and 3.7 GB, and 60,000 APIs exhausted 4 GB. Larger designs are refused before the
 * program runs, so that plan stays within about 1 GB.
 */
export const PLAN_ELEMENTS = 2_000;

function planSize(model: TenantModel): number {
    // The Management API and external APIs exist already: the program creates no resource for them.
    return model.apis.filter((a) => a.kind === "managed").length + model.clients.length + model.grants.length + model.roles.length;
}

export async function runPlan(options: PlanOptions): Promise<PlanResult> {
    const say = options.progress ?? (() => undefined);
    const projectDir = path.dirname(path.resolve(options.file));
    say(`checking ${options.file} ${options.stack === undefined ? "without a stack" : `for stack ${options.stack}`}`);
    const { findings, mask, model } = checkTopology({ file: options.file, stack: options.stack, environment: options.environment, vars: options.vars, projectDir });
    // The program refuses such a topology (it never reaches the tenant): nothing to preview.
    if (findings.some(blocksDeployment)) return { resources: [], findings, checked: true, policy: [], mask };
    const size = model === undefined ? 0 : planSize(model);
    if (size > PLAN_ELEMENTS) {
        throw new UsageError(
            `${options.file} has ${size.toLocaleString("en-US")} APIs, apps, grants and roles, more than the ${PLAN_ELEMENTS.toLocaleString("en-US")} plan previews under mocks; ` +
                "check it with `topology check` and preview it with `pulumi preview --policy-pack`",
        );
    }

    const settings = options.stack === undefined ? noStackSettings(DEFAULT_STACK) : readStackSettings(projectDir, options.stack);
    const config = programConfig(settings, options);
    say("running the program under preview mocks");
    const resources = await runProgramUnderMocks({ topologyFile: path.resolve(options.file), stack: settings.stack, config });

    say(`analyzing ${resources.length} resources with the policy pack`);
    const domain = managementDomain(settings);
    const packConfig: PolicyPackConfig = domain === undefined ? {} : { [MODEL_POLICY]: { domain } };
    const policy = await analyzeStack(stackResources(resources), { packDir: options.packDir ?? projectPackDir(), config: packConfig });
    return { resources, findings, checked: true, contract: checkContract(resources, installedSdkVersion()), policy, mask };
}
