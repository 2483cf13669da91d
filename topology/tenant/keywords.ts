// deploy-cli keywords (AUTH0_KEYWORD_REPLACE_MAPPINGS): `##KEY##` stands for text, `@@KEY@@` for a
// whole JSON value (often an array). deploy-cli replaces them in the file's text before parsing it,
// so the readers do the same: `##KEY##` becomes the topology variable `${key}`, and `@@KEY@@`
// becomes its value when the deploy config gives one (a topology variable holds text only).
// https://auth0.com/docs/deploy-monitor/deploy-cli-tool/keyword-replacement
import { own } from "../../policies/src/own";

const TEXT_KEYWORD = /##([A-Za-z0-9_]+)##/g;
const VALUE_KEYWORD = /(["']?)@@([A-Za-z0-9_]+)@@\1/g;

/** The topology variable for a keyword: AUTH0_DOMAIN -> auth0Domain, ENV -> env. */
export function variableName(keyword: string): string {
    const [first = "", ...rest] = keyword.toLowerCase().split("_").filter((part) => part !== "");
    return first + rest.map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join("");
}

export type Mappings = Readonly<Record<string, unknown>>;

export interface Replaced {
    text: string;
    /** keyword -> variable, for every keyword the text uses. */
    keywords: Record<string, string>;
    notes: string[];
}

/** Replaces keywords in a file's text; lines stay where they were, so positions still point into the file. */
export function replaceKeywords(text: string, mappings: Mappings, where: string): Replaced {
    const keywords = new Map<string, string>();
    const notes: string[] = [];
    const replaced = text
        .replace(VALUE_KEYWORD, (_all, _quote: string, keyword: string) => {
            keywords.set(keyword, variableName(keyword));
            const value = own(mappings, keyword);
            if (value !== undefined) {
                notes.push(`${where}: @@${keyword}@@ was replaced by its deploy-config value ${JSON.stringify(value)}: a topology variable holds text only`);
                return JSON.stringify(value);
            }
            notes.push(`${where}: @@${keyword}@@ has no value (no --deploy-config mapping); written as the one-element list [\${${variableName(keyword)}}]`);
            return JSON.stringify([`\${${variableName(keyword)}}`]);
        })
        .replace(TEXT_KEYWORD, (_all, keyword: string) => {
            keywords.set(keyword, variableName(keyword));
            return `\${${variableName(keyword)}}`;
        });
    return { text: replaced, keywords: Object.fromEntries(keywords), notes };
}

/** The topology variables with a text value in the deploy config, for the keywords in use. */
export function variableValues(keywords: Readonly<Record<string, string>>, mappings: Mappings): Record<string, string> {
    return Object.fromEntries(
        Object.entries(keywords).flatMap(([keyword, name]) => {
            const value = own(mappings, keyword);
            return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? [[name, String(value)]] : [];
        }),
    );
}

const VARIABLE = /\$\{([^}]*)\}/g;

/** A value with the known variables substituted (unknown ones stay as written). */
export function expand(value: string, vars: Readonly<Record<string, string>>): string {
    return value.replace(VARIABLE, (all, name: string) => own(vars, name) ?? all);
}

/** A display name without its variables, for keys: "Auth0 CLI - ${env}" -> "Auth0 CLI - ". */
export function withoutVariables(value: string): string {
    return value.replace(VARIABLE, "");
}
