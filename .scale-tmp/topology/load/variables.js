"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.VARIABLE_NAME = void 0;
exports.substituteVariables = substituteVariables;
// `${name}` substitution in the topology's string values, from the selected stack's variables.
// Works on the YAML document so that every missing variable is reported where it is written.
const yaml_1 = require("yaml");
const loader_1 = require("../../policies/src/rules/references/loader");
const finding_1 = require("./finding");
const position_1 = require("./position");
const REFERENCE = /\$\{([^}]*)\}/g;
exports.VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
function explain(name, vars) {
    if (!exports.VARIABLE_NAME.test(name)) {
        return { message: `'\${${name}}' is not a valid variable reference`, hint: "variable names are letters, digits, '_' and '-', starting with a letter or '_'" };
    }
    if (vars.stack === undefined) {
        return { message: `variable '${name}' has no value: no stack is selected`, hint: `pass --stack NAME (its Pulumi.NAME.yaml sets auth0-topology:vars) or --var ${name}=VALUE` };
    }
    return {
        message: `variable '${name}' has no value for stack '${vars.stack}'`,
        hint: `set it under auth0-topology:vars in ${vars.stackFile ?? `Pulumi.${vars.stack}.yaml`}, or pass --var ${name}=VALUE`,
    };
}
/** Every string scalar that is a value (not a key), with its topology path. */
function stringValues(node, path, out) {
    if ((0, yaml_1.isScalar)(node)) {
        if (typeof node.value === "string")
            out.push({ scalar: node, path });
    }
    else if ((0, yaml_1.isMap)(node)) {
        for (const { key, value } of node.items) {
            if ((0, yaml_1.isScalar)(key))
                stringValues(value, [...path, String(key.value)], out);
        }
    }
    else if ((0, yaml_1.isCollection)(node)) {
        node.items.forEach((item, index) => stringValues(item, [...path, index], out));
    }
}
/** Replaces the references it can in place; returns a finding for each one it cannot. */
function substituteVariables(locator, text, vars) {
    const scalars = [];
    stringValues(locator.doc.contents, [], scalars);
    const findings = [];
    for (const { scalar, path } of scalars) {
        const [start, end] = scalar.range ?? [0, 0];
        const written = text.slice(start, end);
        let searchFrom = 0;
        scalar.value = scalar.value.replace(REFERENCE, (reference, name) => {
            const value = exports.VARIABLE_NAME.test(name) && Object.hasOwn(vars.values, name) ? vars.values[name] : undefined;
            if (value !== undefined)
                return value;
            // Point at the reference itself when it is written literally (no escapes inside it).
            const index = written.indexOf(reference, searchFrom);
            if (index >= 0)
                searchFrom = index + reference.length;
            const { message, hint } = explain(name, vars);
            findings.push((0, finding_1.loaderFinding)(loader_1.undefinedVariable.meta.id, { path: (0, position_1.pathText)(path), file: locator.file, ...locator.at(start + Math.max(index, 0)) }, message, hint));
            return reference;
        });
    }
    return findings;
}
//# sourceMappingURL=variables.js.map