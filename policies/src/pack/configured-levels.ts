// The enforcement level `--policy-pack-config` gives each policy of this pack. The analysis runs
// once, in one stack policy, and reports every finding under its rule's policy name; the policy SDK
// keeps the Configure request to itself, so analyzer-hooks.ts hands each one here on its way in.
import type { EnforcementLevel } from "@pulumi/policy";

/** The wire enum of pulumirpc.EnforcementLevel, by value. */
const WIRE_LEVELS: readonly EnforcementLevel[] = ["advisory", "mandatory", "disabled", "remediate"];

export interface ConfigureRequest {
    getPolicyconfigMap(): { entries(): Iterable<[string, { getEnforcementlevel(): number }]> };
}

const configured = new Map<string, EnforcementLevel>();

export function configuredLevel(policy: string): EnforcementLevel | undefined {
    return configured.get(policy);
}

export function recordConfiguredLevels(request: ConfigureRequest): void {
    configured.clear();
    for (const [policy, config] of request.getPolicyconfigMap().entries()) {
        const level = WIRE_LEVELS[config.getEnforcementlevel()];
        if (level !== undefined) configured.set(policy, level);
    }
}
