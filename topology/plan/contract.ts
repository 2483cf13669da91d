// The provider contract at plan time: mocks accept any input, the provider does not. Every input
// the program registers is checked against what terraform-provider-auth0 (at the version the
// pinned @pulumi/auth0 bundles) lets a program set, so `plan` fails where `pulumi up` would.
import { PROVIDER_CONTRACT, resourceContract } from "../../policies/src/facts/provider-contract";
import { contractViolations, type ContractViolation } from "../build/contract-check";
import { auth0VersionFrom } from "../build/foreign-program";
import type { RegisteredResource } from "../build/under-mocks";

export interface ContractCheck {
    /** Which provider and SDK the inputs were checked against: "terraform-provider-auth0 v1.53.0 (@pulumi/auth0 3.49.0)". */
    against: string;
    violations: ContractViolation[];
    /** Why some or all resources were not checked (another SDK version, types the contract lacks). */
    notes: string[];
}

const AGAINST = `${PROVIDER_CONTRACT.provider.name} ${PROVIDER_CONTRACT.provider.version} (${PROVIDER_CONTRACT.sdk.name} ${PROVIDER_CONTRACT.sdk.version})`;

/** `sdkVersion`: the @pulumi/auth0 the program ran with; another version's inputs are not judged by this contract. */
export function checkContract(resources: readonly RegisteredResource[], sdkVersion: string): ContractCheck {
    if (sdkVersion !== PROVIDER_CONTRACT.sdk.version) {
        return { against: AGAINST, violations: [], notes: [`not checked: the program uses ${PROVIDER_CONTRACT.sdk.name} ${sdkVersion}, the contract is that of ${PROVIDER_CONTRACT.sdk.version}`] };
    }
    const auth0 = resources.filter((r) => r.custom && r.type.startsWith("auth0:"));
    const covered = auth0.filter((r) => resourceContract(r.type) !== undefined);
    const uncovered = [...new Set(auth0.filter((r) => resourceContract(r.type) === undefined).map((r) => r.type))].sort();
    return {
        against: AGAINST,
        violations: covered.flatMap(contractViolations),
        notes: uncovered.length === 0 ? [] : [`not checked (types the contract does not hold): ${uncovered.join(", ")}`],
    };
}

/** The @pulumi/auth0 this process's program runs with. */
export function installedSdkVersion(): string {
    return auth0VersionFrom(__dirname);
}
