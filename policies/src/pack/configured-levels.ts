// The enforcement level `--policy-pack-config` gives each policy of this pack. The analysis runs
// once, in one stack policy, and reports every finding under its rule's policy name; the policy SDK
// keeps the Configure request to itself, so this reads it on its way in: the Analyzer service's
// `configure` handler is wrapped when the SDK registers it, and then calls the SDK's own.
import * as grpc from "@grpc/grpc-js";
import type { EnforcementLevel } from "@pulumi/policy";

/** The wire enum of pulumirpc.EnforcementLevel, by value. */
const WIRE_LEVELS: readonly EnforcementLevel[] = ["advisory", "mandatory", "disabled", "remediate"];

interface ConfigureRequest {
    getPolicyconfigMap(): { entries(): Iterable<[string, { getEnforcementlevel(): number }]> };
}

const configured = new Map<string, EnforcementLevel>();

export function configuredLevel(policy: string): EnforcementLevel | undefined {
    return configured.get(policy);
}

/** Records each Configure request's levels; call before the PolicyPack starts its server. */
export function captureConfiguredLevels(): void {
    const addService = grpc.Server.prototype.addService;
    grpc.Server.prototype.addService = function (service, implementation) {
        const configure = implementation.configure as grpc.handleUnaryCall<ConfigureRequest, unknown> | undefined;
        if (configure === undefined) return addService.call(this, service, implementation);
        const recording: grpc.handleUnaryCall<ConfigureRequest, unknown> = (call, callback) => {
            configured.clear();
            for (const [policy, config] of call.request.getPolicyconfigMap().entries()) {
                const level = WIRE_LEVELS[config.getEnforcementlevel()];
                if (level !== undefined) configured.set(policy, level);
            }
            return configure(call, callback);
        };
        return addService.call(this, service, { ...implementation, configure: recording });
    };
}
