// The Analyzer requests that carry resources (Analyze, Remediate, AnalyzeStack), parsed with
// protobufjs. The policy SDK parses them with google-protobuf, whose message objects cost an
// AnalyzeStack of 20,000 resources most of its time and memory (bench/README.md). The SDK's
// handlers still do the rest: they receive views that answer the getters they call, read from
// the plain messages protobufjs makes, and the props Struct goes to decode.ts as protobufjs made it.
import * as protobuf from "protobufjs";

/** Where the message layout below was read: the fields of the messages a pack receives. */
export const ANALYZER_PROTOCOL = {
    source: "pulumi/pulumi proto/pulumi/analyzer.proto, as generated into @pulumi/pulumi's proto/analyzer_pb.js",
    pulumi: "3.248.0",
    /** The SDK whose handlers (server.js) the views serve: the getters below are the ones it calls. */
    policy: "1.21.0",
} as const;

const string = (id: number) => ({ type: "string", id });
const strings = (id: number) => ({ type: "string", id, rule: "repeated" });
const bool = (id: number) => ({ type: "bool", id });
const double = (id: number) => ({ type: "double", id });
const message = (type: string, id: number) => ({ type, id });
/** The fields every resource message starts with: AnalyzeRequest's are exactly these. */
const RESOURCE_FIELDS = {
    type: string(1),
    properties: message("google.protobuf.Struct", 2),
    urn: string(3),
    name: string(4),
    options: message("AnalyzerResourceOptions", 5),
    provider: message("AnalyzerProviderResource", 6),
};

const ROOT = protobuf.Root.fromJSON({
    nested: {
        ...(protobuf.common.get("google/protobuf/struct.proto") as protobuf.INamespace).nested,
        pulumirpc: {
            nested: {
                AnalyzeRequest: { fields: RESOURCE_FIELDS },
                AnalyzerResource: {
                    fields: {
                        ...RESOURCE_FIELDS,
                        parent: string(7),
                        dependencies: strings(8),
                        propertyDependencies: { keyType: "string", type: "AnalyzerPropertyDependencies", id: 9 } as protobuf.IMapField,
                    },
                },
                AnalyzerResourceOptions: {
                    fields: {
                        protect: bool(1),
                        ignoreChanges: strings(2),
                        deleteBeforeReplace: bool(3),
                        deleteBeforeReplaceDefined: bool(4),
                        additionalSecretOutputs: strings(5),
                        aliases: strings(6),
                        customTimeouts: message("CustomTimeouts", 7),
                        parent: string(8),
                    },
                    nested: { CustomTimeouts: { fields: { create: double(1), update: double(2), delete: double(3) } } },
                },
                AnalyzerProviderResource: { fields: { type: string(1), properties: message("google.protobuf.Struct", 2), urn: string(3), name: string(4) } },
                AnalyzerPropertyDependencies: { fields: { urns: strings(1) } },
                AnalyzeStackRequest: { fields: { resources: { type: "AnalyzerResource", id: 1, rule: "repeated" } } },
            },
        },
    },
});

/** google.protobuf.Struct as protobufjs decodes it: what decode.ts reads. */
export interface WireStruct {
    fields: Record<string, WireValue>;
}

/** google.protobuf.Value: `kind` names the one field the wire set, undefined for an empty Value. */
export interface WireValue {
    kind?: "nullValue" | "numberValue" | "stringValue" | "boolValue" | "structValue" | "listValue";
    numberValue: number;
    stringValue: string;
    boolValue: boolean;
    structValue: WireStruct | null;
    listValue: { values: WireValue[] } | null;
}

// Unset message fields read as null, unset strings as "", unset lists as one shared frozen array.
interface ProviderMessage {
    type: string;
    properties: WireStruct | null;
    urn: string;
    name: string;
}

interface ResourceMessage extends ProviderMessage {
    options: OptionsMessage | null;
    provider: ProviderMessage | null;
    parent?: string;
    dependencies?: string[];
    propertyDependencies?: Record<string, { urns: string[] }>;
}

interface OptionsMessage {
    protect: boolean;
    ignoreChanges: string[];
    deleteBeforeReplace: boolean;
    deleteBeforeReplaceDefined: boolean;
    additionalSecretOutputs: string[];
    aliases: string[];
    customTimeouts: { create: number; update: number; delete: number } | null;
    parent: string;
}

/** A list of the caller's own: a handler may keep or change what it is given. */
const own = (list: readonly string[] | undefined): string[] => (list === undefined || list.length === 0 ? [] : (list as string[]));

class ProviderView {
    constructor(protected readonly m: ProviderMessage) {}
    getType(): string {
        return this.m.type;
    }
    getProperties(): WireStruct | undefined {
        return this.m.properties ?? undefined;
    }
    getUrn(): string {
        return this.m.urn;
    }
    getName(): string {
        return this.m.name;
    }
}

class OptionsView {
    constructor(private readonly m: OptionsMessage) {}
    getProtect(): boolean {
        return this.m.protect;
    }
    getIgnorechangesList(): string[] {
        return own(this.m.ignoreChanges);
    }
    getDeletebeforereplace(): boolean {
        return this.m.deleteBeforeReplace;
    }
    getDeletebeforereplacedefined(): boolean {
        return this.m.deleteBeforeReplaceDefined;
    }
    getAdditionalsecretoutputsList(): string[] {
        return own(this.m.additionalSecretOutputs);
    }
    getAliasesList(): string[] {
        return own(this.m.aliases);
    }
    getCustomtimeouts(): { getCreate(): number; getUpdate(): number; getDelete(): number } | undefined {
        const timeouts = this.m.customTimeouts;
        if (timeouts === null) return undefined;
        return { getCreate: () => timeouts.create, getUpdate: () => timeouts.update, getDelete: () => timeouts.delete };
    }
    getParent(): string {
        return this.m.parent;
    }
}

/** An AnalyzerResource, or an AnalyzeRequest (the same first six fields, none of the rest). */
export class ResourceView extends ProviderView {
    declare protected readonly m: ResourceMessage;
    getOptions(): OptionsView | undefined {
        return this.m.options === null ? undefined : new OptionsView(this.m.options);
    }
    getProvider(): ProviderView | undefined {
        return this.m.provider === null ? undefined : new ProviderView(this.m.provider);
    }
    getParent(): string {
        return this.m.parent ?? "";
    }
    getDependenciesList(): string[] {
        return own(this.m.dependencies);
    }
    getPropertydependenciesMap(): Map<string, { getUrnsList(): string[] }> {
        return new Map(Object.entries(this.m.propertyDependencies ?? {}).map(([key, { urns }]) => [key, { getUrnsList: () => own(urns) }]));
    }
}

export class StackRequestView {
    constructor(private readonly resources: readonly ResourceView[]) {}
    getResourcesList(): ResourceView[] {
        return [...this.resources];
    }
}

const ANALYZE_REQUEST = ROOT.lookupType("pulumirpc.AnalyzeRequest");
const ANALYZE_STACK_REQUEST = ROOT.lookupType("pulumirpc.AnalyzeStackRequest");

/** An Analyze or Remediate request. Throws on bytes that are not one. */
export function readAnalyzeRequest(bytes: Uint8Array): ResourceView {
    return new ResourceView(ANALYZE_REQUEST.decode(bytes) as unknown as ResourceMessage);
}

/** An AnalyzeStack request. Throws on bytes that are not one. */
export function readAnalyzeStackRequest(bytes: Uint8Array): StackRequestView {
    const { resources } = ANALYZE_STACK_REQUEST.decode(bytes) as unknown as { resources: ResourceMessage[] };
    return new StackRequestView(resources.map((resource) => new ResourceView(resource)));
}
