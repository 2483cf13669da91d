// Findings that the topology loader reports before any model exists (the file does not parse, does
// not match the schema, or uses a variable the stack does not set). Their checks live in the loader;
// these modules only put the ids in the catalog, so SARIF, the policy pack and waivers know them.
import { defineRule, type Rule } from "../../rule";

const TOPOLOGY_DOCS = "https://github.com/auth0-topology/auth0-topology/blob/main/README.md#the-topology-file";

function loaderRule(id: string, description: string): Rule {
    return defineRule({ meta: { id, severity: "error", description, docs: TOPOLOGY_DOCS, waivable: false }, check: () => [] });
}

export const yamlSyntax = loaderRule("yaml-syntax", "The topology file is not valid YAML, or exceeds the loader's size limits.");
export const schema = loaderRule("schema", "The topology file does not match the topology schema (unknown keys included).");
export const undefinedVariable = loaderRule("undefined-variable", "A ${name} variable has no value for the selected stack.");
