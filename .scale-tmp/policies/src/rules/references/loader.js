"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.undefinedVariable = exports.schema = exports.yamlSyntax = void 0;
// Findings that the topology loader reports before any model exists (the file does not parse, does
// not match the schema, or uses a variable the stack does not set). Their checks live in the loader;
// these modules only put the ids in the catalog, so SARIF, the policy pack and waivers know them.
const rule_1 = require("../../rule");
const TOPOLOGY_DOCS = "https://github.com/auth0-topology/auth0-topology/blob/main/README.md#the-topology-file";
function loaderRule(id, description) {
    return (0, rule_1.defineRule)({ meta: { id, severity: "error", description, docs: TOPOLOGY_DOCS, waivable: false }, check: () => [] });
}
exports.yamlSyntax = loaderRule("yaml-syntax", "The topology file is not valid YAML, or exceeds the loader's size limits.");
exports.schema = loaderRule("schema", "The topology file does not match the topology schema (unknown keys included).");
exports.undefinedVariable = loaderRule("undefined-variable", "A ${name} variable has no value for the selected stack.");
//# sourceMappingURL=loader.js.map