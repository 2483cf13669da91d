// The provider's attribute contract: for every resource type the program registers, which
// attributes are settable (required/optional) or computed-only, which replace the resource when
// they change (ForceNew), and how the provider validates them. The data is in
// provider-contract-data.ts, read from terraform-provider-auth0 at the tag @pulumi/auth0 bundles.
import { PROVIDER_CONTRACT } from "./provider-contract-data";
import { own } from "../own";

export { PROVIDER_CONTRACT } from "./provider-contract-data";

/** required/optional: settable. computed: set by the provider only; a value in the inputs is refused. */
export type AttributeMode = "required" | "optional" | "computed";

export interface Bounds {
    min?: number;
    max?: number;
}

/** Validations of a value (or of each element of a list). */
export interface ValueRules {
    enum?: readonly string[];
    /** The enum is compared ignoring case. */
    ignoreCase?: boolean;
    /** String length. */
    length?: Bounds;
    /** Integer range. */
    range?: Bounds;
    /** A provider validation function the contract names but does not restate. */
    check?: string;
}

export interface AttributeFact extends ValueRules {
    /** The @pulumi/auth0 (camelCase) name. */
    name: string;
    terraform: string;
    type: "string" | "integer" | "boolean" | "list" | "set" | "map";
    mode: AttributeMode;
    /** Optional and computed: left unset, the provider keeps what Auth0 holds. */
    computedWhenUnset?: boolean;
    /** A change replaces the resource (delete and create: a new id). */
    forceNew?: boolean;
    maxItems?: number;
    elements?: ValueRules;
    /** Stated in the provider's description: never above this sibling attribute. */
    atMost?: string;
    /** Stated in the provider's description: characters the value may not contain. */
    excludes?: readonly string[];
    default?: unknown;
    /** Terraform paths of attributes that may not be set together with this one. */
    conflictsWith?: readonly string[];
    requiredWith?: readonly string[];
    atLeastOneOf?: readonly string[];
    sensitive?: boolean;
    deprecated?: boolean;
    writeOnly?: boolean;
    /** The provider source file of this fact when it is not the resource's. */
    source?: string;
    /** Nested block: its attributes (a block with at most one item is an object in @pulumi/auth0). */
    attributes?: readonly AttributeFact[];
}

export interface ResourceContract {
    terraform: string;
    /** The provider source file, relative to the provider repository at the pinned tag. */
    source: string;
    attributes: readonly AttributeFact[];
}

export interface ProviderContract {
    provider: { name: string; version: string; commit: string; repository: string };
    sdk: { name: string; version: string; repository: string };
    /** By Pulumi type token, e.g. auth0:index/client:Client. */
    resources: Readonly<Record<string, ResourceContract>>;
}

export function resourceContract(type: string): ResourceContract | undefined {
    return own(PROVIDER_CONTRACT.resources, type);
}

/** The fact of an attribute, by its Pulumi path (nested blocks by name: ["refreshToken", "policies", "audience"]). */
export function attributeFact(type: string, path: readonly string[]): AttributeFact | undefined {
    let attributes = resourceContract(type)?.attributes;
    let fact: AttributeFact | undefined;
    for (const name of path) {
        fact = attributes?.find((a) => a.name === name);
        if (fact === undefined) return undefined;
        attributes = fact.attributes;
    }
    return fact;
}

/** Whether changing this attribute makes the provider replace the resource. */
export function isForceNew(type: string, path: readonly string[]): boolean {
    return attributeFact(type, path)?.forceNew === true;
}

/** Where a fact was read: the provider repository's file at the pinned tag. */
export function factSource(type: string, path: readonly string[] = []): string {
    const { repository, version } = PROVIDER_CONTRACT.provider;
    const file = (path.length > 0 ? attributeFact(type, path)?.source : undefined) ?? resourceContract(type)?.source;
    return `${repository}/blob/${version}/${file ?? ""}`;
}
