// Resource properties as the engine marshals them for an analyzer (KeepUnknowns, KeepSecrets, not
// KeepResources): references become the resource's id, unknown while it is to be created, or its
// URN when it has none; output values become their value or unknown.
import { specialSecretSig, specialSigKey, unknownValue } from "@pulumi/pulumi/runtime/rpc";
import { output, reference, REFERENCED_URN } from "../../policies/src/testing/wire-values";
import { toJson } from "../../topology/analyzer/wire";

it.each([
    ["a custom resource with its id", reference({ id: "abc123" }), "abc123"],
    ["a custom resource still to be created (empty id)", reference({ id: "" }), unknownValue],
    ["a component (no id)", reference({}), REFERENCED_URN],
    ["a known output value", output({ value: "https://a.example" }), "https://a.example"],
    ["an unknown output value", output({}), unknownValue],
    ["a secret output value", output({ value: "s3cr3t", secret: true }), { [specialSigKey]: specialSecretSig, value: "s3cr3t" }],
    ["a reference inside an output value", output({ value: reference({ id: "abc123" }) }), "abc123"],
])("downgrades %s", (_name, value, expected) => {
    expect(toJson({ nested: [{ value }] })).toEqual({ nested: [{ value: expected }] });
});
