// Resources as the Pulumi engine sends them to an analyzer: AnalyzerResource messages whose
// properties are protobuf Structs, with unknown values marshalled as Pulumi's unknown sentinel,
// and resource references and output values downgraded as the engine does (wire-values.ts).
import * as analyzer from "@pulumi/pulumi/proto/analyzer_pb";
import { isUnknown } from "@pulumi/pulumi/output";
import { unknownValue } from "@pulumi/pulumi/runtime/rpc";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { UNKNOWN } from "../../policies/src/pack/resource";
import { downgraded } from "../../policies/src/pack/wire-values";

/** A resource of a stack, as a program registered it. */
export interface StackResource {
    urn: string;
    type: string;
    name: string;
    parent?: string;
    /** Inputs; unknown values may be pulumi's Unknown, the pack's UNKNOWN, or the sentinel string. */
    props: Record<string, unknown>;
    propertyDependencies: Record<string, string[]>;
    provider?: { urn: string; type: string; name: string; props: Record<string, unknown> };
    protect?: boolean;
    aliases?: string[];
}

/** Plain JSON for a Struct: unknowns become the sentinel, undefined members are left out. */
export function toJson(value: unknown): unknown {
    if (value === UNKNOWN || isUnknown(value)) return unknownValue;
    if (Array.isArray(value)) return value.map(toJson);
    if (typeof value === "object" && value !== null) {
        const plain = downgraded(value as Record<string, unknown>);
        if (plain !== undefined) return toJson(plain.value);
        return Object.fromEntries(Object.entries(value).flatMap(([k, v]) => (v === undefined ? [] : [[k, toJson(v)]])));
    }
    return value;
}

export function toStruct(props: Record<string, unknown>): Struct {
    return Struct.fromJavaScript(toJson(props) as Record<string, never>);
}

export function toAnalyzerResource(resource: StackResource): analyzer.AnalyzerResource {
    const options = new analyzer.AnalyzerResourceOptions()
        .setProtect(resource.protect ?? false)
        .setAliasesList(resource.aliases ?? [])
        .setParent(resource.parent ?? "");
    const message = new analyzer.AnalyzerResource()
        .setUrn(resource.urn)
        .setType(resource.type)
        .setName(resource.name)
        .setParent(resource.parent ?? "")
        .setProperties(toStruct(resource.props))
        .setOptions(options)
        .setDependenciesList([...new Set(Object.values(resource.propertyDependencies).flat())]);
    for (const [prop, urns] of Object.entries(resource.propertyDependencies)) {
        message.getPropertydependenciesMap().set(prop, new analyzer.AnalyzerPropertyDependencies().setUrnsList(urns));
    }
    if (resource.provider !== undefined) {
        const { urn, type, name, props } = resource.provider;
        message.setProvider(new analyzer.AnalyzerProviderResource().setUrn(urn).setType(type).setName(name).setProperties(toStruct(props)));
    }
    return message;
}
