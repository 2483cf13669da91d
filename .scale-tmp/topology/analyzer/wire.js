"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.toJson = toJson;
exports.toStruct = toStruct;
exports.toAnalyzerResource = toAnalyzerResource;
// Resources as the Pulumi engine sends them to an analyzer: AnalyzerResource messages whose
// properties are protobuf Structs, with unknown values marshalled as Pulumi's unknown sentinel.
const analyzer = __importStar(require("@pulumi/pulumi/proto/analyzer_pb"));
const output_1 = require("@pulumi/pulumi/output");
const rpc_1 = require("@pulumi/pulumi/runtime/rpc");
const struct_pb_1 = require("google-protobuf/google/protobuf/struct_pb");
const resource_1 = require("../../policies/src/pack/resource");
/** Plain JSON for a Struct: unknowns become the sentinel, undefined members are left out. */
function toJson(value) {
    if (value === resource_1.UNKNOWN || (0, output_1.isUnknown)(value))
        return rpc_1.unknownValue;
    if (Array.isArray(value))
        return value.map(toJson);
    if (typeof value === "object" && value !== null) {
        return Object.fromEntries(Object.entries(value).flatMap(([k, v]) => (v === undefined ? [] : [[k, toJson(v)]])));
    }
    return value;
}
function toStruct(props) {
    return struct_pb_1.Struct.fromJavaScript(toJson(props));
}
function toAnalyzerResource(resource) {
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
//# sourceMappingURL=wire.js.map