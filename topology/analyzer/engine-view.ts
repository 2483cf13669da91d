// What the engine adds to a program's registrations before a policy pack sees them at
// `pulumi preview`: every custom resource without an explicit provider gets the default provider
// (configured from the stack's `<package>:*` config, URN `pulumi:providers:<package>::default_<version>`),
// and properties are the planned state, where each attribute the provider computes and the program
// leaves unset is unknown (the provider contract says which).
import { resourceContract } from "../../policies/src/facts/provider-contract";
import { UNKNOWN } from "../../policies/src/pack/resource";
import type { StackResource } from "./wire";

export interface DefaultProvider {
    stack: string;
    project: string;
    /** The provider package, e.g. auth0. */
    pkg: string;
    /** The SDK version the program uses (default_3_49_0). */
    version: string;
    /** The stack's `<pkg>:*` config without the namespace, secrets left out. */
    config: Record<string, string>;
}

export function defaultProviderResource(provider: DefaultProvider): StackResource {
    const type = `pulumi:providers:${provider.pkg}`;
    const name = `default_${provider.version.replace(/[.-]/g, "_")}`;
    return {
        urn: `urn:pulumi:${provider.stack}::${provider.project}::${type}::${name}`,
        type,
        name,
        props: { ...provider.config, version: provider.version },
        propertyDependencies: {},
    };
}

/** The properties the engine plans for a resource to be created: its inputs, and unknown for what the provider computes. */
export function plannedState(type: string, inputs: Record<string, unknown>): Record<string, unknown> {
    const contract = resourceContract(type);
    if (contract === undefined) return inputs;
    const computed = contract.attributes.filter((a) => (a.mode === "computed" || a.computedWhenUnset === true) && inputs[a.name] === undefined);
    return { ...Object.fromEntries(computed.map((a) => [a.name, UNKNOWN])), ...inputs };
}

/** The stack as the engine hands it to a policy pack at preview. */
export function engineView(resources: readonly StackResource[], provider: DefaultProvider): StackResource[] {
    const defaults = defaultProviderResource(provider);
    const packagePrefix = `${provider.pkg}:`;
    const attached = { urn: defaults.urn, type: defaults.type, name: defaults.name, props: defaults.props };
    const planned = resources.map((r) => {
        if (!r.type.startsWith(packagePrefix)) return r;
        return { ...r, props: plannedState(r.type, r.props), provider: r.provider ?? attached };
    });
    return planned.some((r) => r.provider?.urn === defaults.urn) ? [defaults, ...planned] : planned;
}
