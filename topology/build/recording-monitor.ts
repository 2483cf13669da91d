// Records what a program registers, as the engine receives it. Mocks' newResource sees only type,
// name and inputs; the policy pack also needs property dependencies (to link a grant to its client
// while the client id is still unknown), protect, aliases and parents, so the mock monitor's
// registerResource requests are read here, before the mock answers them.
import * as pulumi from "@pulumi/pulumi";
import type { MockMonitor } from "@pulumi/pulumi/runtime/mocks";
import type { RegisterResourceOutputsRequest, RegisterResourceRequest } from "@pulumi/pulumi/proto/resource_pb";
import type { Alias } from "@pulumi/pulumi/proto/alias_pb";
import { engineUrn } from "./urns";

/**
 * A registered resource. Property values are in Pulumi's wire format, as the engine and the policy
 * pack see them: an unknown value (preview) is `pulumi.runtime.unknownValue`, a secret is
 * `{ [pulumi.runtime.specialSigKey]: pulumi.runtime.specialSecretSig, value }`.
 */
export interface RegisteredResource {
    urn: string;
    type: string;
    name: string;
    /** URN of the parent; absent only for the root stack. */
    parent?: string;
    /** false for components (the Tenant, the root stack). */
    custom: boolean;
    inputs: Record<string, unknown>;
    /** Provider reference (`<urn>::<id>`) when one was given explicitly. */
    provider?: string;
    /** Per input property, the URNs of the resources its value came from. */
    propertyDependencies: Record<string, string[]>;
    /** URNs of all dependencies (property dependencies and dependsOn). */
    dependencies: string[];
    protect: boolean;
    /** Former URNs (from the `aliases` option), resolved as the engine resolves them. */
    aliases: string[];
    additionalSecretOutputs: string[];
    /** Inputs whose change replaces the resource (the replaceOnChanges option). */
    replaceOnChanges: string[];
    /** Components only: the outputs they registered (for the root stack, the stack outputs). */
    outputs?: Record<string, unknown>;
}

interface UrnContext {
    stack: string;
    project: string;
}

function aliasUrn(alias: Alias, resource: RegisteredResource, ctx: UrnContext): string {
    const spec = alias.getSpec();
    if (spec === undefined) return alias.getUrn();
    const parent = spec.getNoparent() ? undefined : spec.hasParenturn() ? spec.getParenturn() : resource.parent;
    return engineUrn({
        stack: spec.getStack() || ctx.stack,
        project: spec.getProject() || ctx.project,
        parent,
        type: spec.getType() || resource.type,
        name: spec.getName() || resource.name,
    });
}

function record(req: RegisterResourceRequest, ctx: UrnContext): RegisteredResource {
    const parent = req.getParent() || undefined;
    const resource: RegisteredResource = {
        urn: engineUrn({ ...ctx, parent, type: req.getType(), name: req.getName() }),
        type: req.getType(),
        name: req.getName(),
        custom: req.getCustom(),
        inputs: (req.getObject()?.toJavaScript() ?? {}) as Record<string, unknown>,
        propertyDependencies: {},
        dependencies: req.getDependenciesList(),
        protect: req.getProtect() === true,
        aliases: [],
        additionalSecretOutputs: req.getAdditionalsecretoutputsList(),
        replaceOnChanges: req.getReplaceonchangesList(),
    };
    if (parent !== undefined) resource.parent = parent;
    if (req.getProvider() !== "") resource.provider = req.getProvider();
    req.getPropertydependenciesMap().forEach((deps, key) => {
        resource.propertyDependencies[key] = deps.getUrnsList();
    });
    resource.aliases = req.getAliasesList().map((alias) => aliasUrn(alias, resource, ctx));
    return resource;
}

/** Makes the monitor form engine URNs and appends every registration to `into`, in order. */
export function recordRegistrations(monitor: MockMonitor, into: RegisteredResource[]): void {
    const ctx: UrnContext = { stack: pulumi.getStack(), project: pulumi.getProject() };
    const byUrn = new Map<string, RegisteredResource>();
    // newUrn is private in the typings but is what registerResource uses to answer with a URN.
    (monitor as unknown as { newUrn: (parent: string, type: string, name: string) => string }).newUrn = (parent, type, name) =>
        engineUrn({ ...ctx, parent, type, name });

    const registerResource = monitor.registerResource.bind(monitor);
    monitor.registerResource = (req: RegisterResourceRequest, callback) => {
        const resource = record(req, ctx);
        into.push(resource);
        byUrn.set(resource.urn, resource);
        return registerResource(req, callback);
    };
    const registerResourceOutputs = monitor.registerResourceOutputs.bind(monitor);
    monitor.registerResourceOutputs = (req: RegisterResourceOutputsRequest, callback) => {
        const resource = byUrn.get(req.getUrn());
        if (resource !== undefined) resource.outputs = (req.getOutputs()?.toJavaScript() ?? {}) as Record<string, unknown>;
        registerResourceOutputs(req, callback);
    };
}
