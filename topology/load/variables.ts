// `${name}` substitution in the topology's string values, from the selected stack's variables.
// Works on the YAML document so that every missing variable is reported where it is written.
import { isCollection, isMap, isScalar, type Node, type Scalar } from "yaml";
import type { Finding } from "../../policies/src/rule";
import { undefinedVariable, yamlSyntax } from "../../policies/src/rules/references/loader";
import { LIMITS } from "./limits";
import { bytesText } from "./source";
import { loaderFinding } from "./finding";
import type { Locator, PathSegment } from "./position";
import { pathText } from "./position";
import { own } from "../../policies/src/own";

export interface Variables {
    values: Readonly<Record<string, string>>;
    /** The selected stack and its settings file, for messages. */
    stack?: string;
    stackFile?: string;
}

const REFERENCE = /\$\{([^}]*)\}/g;
export const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

function explain(name: string, vars: Variables): { message: string; hint: string } {
    if (!VARIABLE_NAME.test(name)) {
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

/**
 * Every string scalar that is a value (not a key) and holds `${`, with its topology path. The path
 * is one array pushed and popped on the way down, copied only for those scalars: a large file has
 * 100,000 values and few references.
 */
function referringValues(node: Node | null, path: PathSegment[], out: Array<{ scalar: Scalar<string>; path: PathSegment[] }>): void {
    if (isScalar(node)) {
        if (typeof node.value === "string" && node.value.includes("${")) out.push({ scalar: node as Scalar<string>, path: [...path] });
    } else if (isMap(node)) {
        for (const { key, value } of node.items) {
            if (!isScalar(key)) continue;
            path.push(String(key.value));
            referringValues(value as Node | null, path, out);
            path.pop();
        }
    } else if (isCollection(node)) {
        for (let index = 0; index < node.items.length; index++) {
            path.push(index);
            referringValues(node.items[index] as Node, path, out);
            path.pop();
        }
    }
}

const UNCLOSED = /\$\{[^}]*$/;

/**
 * Replaces the references it can in place; returns a finding for each one it cannot, for an
 * unclosed `${`, for a value that holds a reference itself (not substituted again), and when the
 * values would make the file larger than the loader's limit (a 1 MB value used 600 times).
 */
export function substituteVariables(locator: Locator, text: string, vars: Variables): Finding[] {
    const scalars: Array<{ scalar: Scalar<string>; path: PathSegment[] }> = [];
    referringValues(locator.doc.contents, [], scalars);
    const findings: Finding[] = [];
    let size = Buffer.byteLength(text, "utf8");
    let overLimit = false;
    for (const { scalar, path } of scalars) {
        const [start, end] = scalar.range ?? [0, 0];
        const written = text.slice(start, end);
        const at = (offset: number) => ({ path: pathText(path), file: locator.file, ...locator.at(start + Math.max(offset, 0)) });
        const unclosed = UNCLOSED.exec(scalar.value);
        if (unclosed !== null) {
            const shown = unclosed[0].length > 40 ? `${unclosed[0].slice(0, 40)}…` : unclosed[0];
            findings.push(loaderFinding(undefinedVariable.meta.id, at(written.lastIndexOf("${")), `'${shown}' opens a variable reference that is never closed`, "close it with '}' (write $ alone if no variable is meant)"));
        }
        let searchFrom = 0;
        scalar.value = scalar.value.replace(REFERENCE, (reference, name: string) => {
            const value = VARIABLE_NAME.test(name) ? own(vars.values, name) : undefined;
            if (value !== undefined && !overLimit) {
                size += Buffer.byteLength(value, "utf8") - reference.length;
                if (size > LIMITS.fileBytes) {
                    overLimit = true;
                    findings.push(loaderFinding(yamlSyntax.meta.id, at(written.indexOf(reference)), `with the variables' values the file would have more than the ${bytesText(LIMITS.fileBytes)} a topology may have`, `'\${${name}}' is long or used often: shorten the value or use it less`));
                    return reference;
                }
                if (value.includes("${")) {
                    findings.push(loaderFinding(undefinedVariable.meta.id, at(written.indexOf(reference)), `the value of variable '${name}' holds '\${', which is not substituted again`, "variables hold final text: write the value out"));
                }
                return value;
            }
            if (value !== undefined) return reference;
            // Point at the reference itself when it is written literally (no escapes inside it).
            const index = written.indexOf(reference, searchFrom);
            if (index >= 0) searchFrom = index + reference.length;
            const { message, hint } = explain(name, vars);
            findings.push(loaderFinding(undefinedVariable.meta.id, { path: pathText(path), file: locator.file, ...locator.at(start + Math.max(index, 0)) }, message, hint));
            return reference;
        });
    }
    return findings;
}
