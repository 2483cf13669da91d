// The public API of the auth0-topology package (package.json "exports"): the Tenant component for
// any Pulumi TypeScript program, and `topology check` as a function. Everything else is internal.
export { Tenant, type TenantArgs } from "./build/tenant";
export type { TopologySource } from "./build/stack-model";
export type { ClientOutputs, TenantOutputs, TokenRequest } from "./build/outputs";
export { checkTopology, type CheckOptions, type CheckResult } from "./check";
export type { Topology, TopologyInput } from "./schema";
export type { TenantModel } from "../policies/src/model";
export type { Finding, Severity } from "../policies/src/rule";
