// The plain shape of a Pulumi resource that the pack reads, whatever produced it: the policy SDK
// (policy-resource.ts adapts PolicyResource), the program run under mocks, or a test.

/** A value Pulumi cannot know yet (preview: for example the client_id of a client still to be created). */
export const UNKNOWN: unique symbol = Symbol("unknown value");
export type Unknown = typeof UNKNOWN;

export interface PackResource {
    urn: string;
    /** Pulumi type token, for example "auth0:index/client:Client". */
    type: string;
    /** Pulumi resource name: the topology key for resources the builder created. */
    name: string;
    /** Inputs (or state) as plain data; unknown values are UNKNOWN. */
    props: Record<string, unknown>;
    /** Per input property, the URNs of the resources its value came from. */
    propertyDependencies: Record<string, string[]>;
    /** The URN of the parent resource (a component), when it has one. */
    parent?: string;
    /** Former URNs of the resource (the `aliases` option): a renamed topology key keeps its Auth0 object. */
    aliases?: string[];
    /** Values the pack could not decode (left out of props), as messages. */
    undecodable?: string[];
    /** The strings Pulumi holds as secrets in its inputs: never printed, whatever a rule quotes. */
    secrets?: string[];
    /** The explicit provider of the resource, when the stack names one. */
    provider?: { urn: string; props: Record<string, unknown> };
}

/** The names a resource had before a rename, from its alias URNs (`...::<type>::<name>`). */
export function formerNames(resource: Pick<PackResource, "name" | "aliases">): string[] {
    if (resource.aliases === undefined || resource.aliases.length === 0) return [];
    const names = resource.aliases.map((urn) => urn.slice(urn.lastIndexOf("::") + 2));
    return [...new Set(names)].filter((name) => name !== resource.name);
}
