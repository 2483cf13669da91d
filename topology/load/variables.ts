// `${name}` substitution in the topology's string values, from the selected stack's variables.
// Every missing variable is reported where it is written.
import type { Finding } from "../../policies/src/rule";
import { undefinedVariable, yamlSyntax } from "../../policies/src/rules/references/loader";
import { LIMITS } from "./limits";
import { bytesText } from "./source";
import { loaderFinding } from "./finding";
import { isCollectionValue, type Collection } from "./parse";
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

/** A string value holding `${`: where it is held (to replace it) and its topology path. */
interface Referring {
    holder: Collection;
    key: string | number;
    path: PathSegment[];
}

/**
 * Every string that is a value (not a key) and holds `${`, with its topology path. The path is one
 * array pushed and popped on the way down, copied only for those strings: a large file has 100,000
 * values and few references.
 */
function referringValues(holder: Collection, path: PathSegment[], out: Referring[]): void {
    const keys: Array<string | number> = Array.isArray(holder) ? holder.map((_, index) => index) : Object.keys(holder);
    for (const key of keys) {
        const value = (holder as Record<string | number, unknown>)[key];
        if (typeof value === "string") {
            if (value.includes("${")) out.push({ holder, key, path: [...path, key] });
        } else if (isCollectionValue(value)) {
            path.push(key);
            referringValues(value, path, out);
            path.pop();
        }
    }
}

const UNCLOSED = /\$\{[^}]*$/;

/**
 * Replaces the references it can in place; returns a finding for each one it cannot, for an
 * unclosed `${`, for a value that holds a reference itself (not substituted again), and when the
 * values would make the file larger than the loader's limit (a 1 MB value used 600 times). A
 * finding points at the reference where it is written literally (no escapes inside it), else at
 * the value's start.
 */
export function substituteVariables(data: Record<string, unknown>, locator: Locator, text: string, vars: Variables): Finding[] {
    const referring: Referring[] = [];
    referringValues(data, [], referring);
    const findings: Finding[] = [];
    let size = Buffer.byteLength(text, "utf8");
    let overLimit = false;
    for (const { holder, key, path } of referring) {
        const original = (holder as Record<string | number, string>)[key]!;
        // The value as written in the file, read only for a finding.
        let written: { start: number; text: string } | undefined;
        const writtenText = () => {
            if (written === undefined) {
                const [start, end] = locator.range(path) ?? [0, 0];
                written = { start, text: text.slice(start, end) };
            }
            return written;
        };
        const at = (find: (source: string) => number) => {
            const { start, text: source } = writtenText();
            return { path: pathText(path), file: locator.file, ...locator.at(start + Math.max(find(source), 0)) };
        };
        const unclosed = UNCLOSED.exec(original);
        if (unclosed !== null) {
            const shown = unclosed[0].length > 40 ? `${unclosed[0].slice(0, 40)}…` : unclosed[0];
            findings.push(loaderFinding(undefinedVariable.meta.id, at((source) => source.lastIndexOf("${")), `'${shown}' opens a variable reference that is never closed`, "close it with '}' (write $ alone if no variable is meant)"));
        }
        let searchFrom = 0;
        (holder as Record<string | number, string>)[key] = original.replace(REFERENCE, (reference, name: string) => {
            const value = VARIABLE_NAME.test(name) ? own(vars.values, name) : undefined;
            if (value !== undefined && !overLimit) {
                size += Buffer.byteLength(value, "utf8") - reference.length;
                if (size > LIMITS.fileBytes) {
                    overLimit = true;
                    findings.push(loaderFinding(yamlSyntax.meta.id, at((source) => source.indexOf(reference)), `with the variables' values the file would have more than the ${bytesText(LIMITS.fileBytes)} a topology may have`, `'\${${name}}' is long or used often: shorten the value or use it less`));
                    return reference;
                }
                if (value.includes("${")) {
                    findings.push(loaderFinding(undefinedVariable.meta.id, at((source) => source.indexOf(reference)), `the value of variable '${name}' holds '\${', which is not substituted again`, "variables hold final text: write the value out"));
                }
                return value;
            }
            if (value !== undefined) return reference;
            const { message, hint } = explain(name, vars);
            findings.push(
                loaderFinding(undefinedVariable.meta.id, at((source) => {
                    const index = source.indexOf(reference, searchFrom);
                    if (index >= 0) searchFrom = index + reference.length;
                    return index;
                }), message, hint),
            );
            return reference;
        });
    }
    return findings;
}
