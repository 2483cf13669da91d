// What each planned resource will be created with, as `pulumi preview --diff` shows it: the inputs
// the program registered, with secrets masked and values known only at deployment marked.
// Conventions (text and JSON alike): a secret is "[secret]" and never its value; a value the
// engine computes at deployment (another resource's id, a client id) is "[unknown]".
import { specialSecretSig, specialSigKey } from "@pulumi/pulumi/runtime/rpc";
import { UNKNOWN_SENTINELS } from "../../policies/src/pack/plain";

export const SECRET = "[secret]";
export const UNKNOWN_VALUE = "[unknown]";

/** The engine's wire value (secrets as signed objects, unknowns as sentinel strings) as plain data with both conventions applied. */
export function displayInputs(value: unknown): unknown {
    if (typeof value === "string") return UNKNOWN_SENTINELS.has(value) ? UNKNOWN_VALUE : value;
    if (typeof value !== "object" || value === null) return value;
    if (Array.isArray(value)) return value.map(displayInputs);
    const record = value as Record<string, unknown>;
    if (record[specialSigKey] === specialSecretSig) return SECRET;
    return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, displayInputs(item)]));
}

const MARKERS: ReadonlySet<unknown> = new Set([SECRET, UNKNOWN_VALUE]);

function scalar(value: unknown): string {
    return MARKERS.has(value) ? String(value) : JSON.stringify(value);
}

/** Pulumi's layout: one property a line, names padded per level, list items as [i], nested values indented. */
export function inputLines(value: unknown, indent: string): string[] {
    if (typeof value !== "object" || value === null) return [`${indent}${scalar(value)}`];
    const entries = Array.isArray(value) ? value.map((item, i): [string, unknown] => [`[${i}]`, item]) : Object.entries(value as Record<string, unknown>);
    const width = Math.max(0, ...entries.map(([key]) => key.length));
    return entries.flatMap(([key, item]) => {
        const name = `${indent}${key.padEnd(width)}: `;
        if (typeof item !== "object" || item === null) return [`${name}${scalar(item)}`];
        const [open, close] = Array.isArray(item) ? ["[", "]"] : ["{", "}"];
        const inner = inputLines(item, `${indent}    `);
        return inner.length === 0 ? [`${name}${open}${close}`] : [`${name}${open}`, ...inner, `${indent}${close}`];
    });
}
