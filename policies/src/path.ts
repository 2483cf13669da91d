// Topology paths in text form, unambiguous: keys are joined with dots (apps.storefront.callbacks.0),
// and a key that holds a dot, a bracket or a quote (a scope such as orders.delete) is written as a
// JSON string in brackets: apis.catalog.scopes["orders.delete"]. A path is matched by its segments,
// never as a string prefix: a waiver on scopes.orders does not reach scopes["orders.delete-everything"].
// A key with an invisible character is bracketed too, the character escaped: read:orders\u200b must
// not print as read:orders.
import { hiddenCharacter, isPrintableAscii, visibleJson } from "./lookalike";

export type PathSegment = string | number;

const PLAIN = /^[^.[\]"\s]+$/;

export function pathText(path: readonly PathSegment[]): string {
    let text = "";
    for (const segment of path) {
        const key = String(segment);
        if (PLAIN.test(key) && (isPrintableAscii(key) || hiddenCharacter(key) === undefined)) text += text === "" ? key : `.${key}`;
        else text += `[${visibleJson(key)}]`;
    }
    return text;
}

/** A path below `parent` (in its text form), by segments. */
export function pathJoin(parent: string, ...segments: PathSegment[]): string {
    return pathText([...pathSegments(parent), ...segments]);
}

/** The segments of a path's text form (list indexes as their digits). Text that is not a path is one segment. */
export function pathSegments(text: string): string[] {
    const segments: string[] = [];
    let i = 0;
    while (i < text.length) {
        if (text[i] === "[" && text[i + 1] === '"') {
            // A JSON string: find its closing quote, skipping escaped characters.
            let end = i + 2;
            while (end < text.length && text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
            try {
                segments.push(JSON.parse(text.slice(i + 1, end + 1)) as string);
            } catch {
                return [...segments, text.slice(i)];
            }
            i = end + 2;
        } else {
            const next = text.slice(i).search(/[.[]/);
            const end = next < 0 ? text.length : i + next;
            if (end > i) segments.push(text.slice(i, end));
            i = end;
        }
        if (text[i] === ".") i++;
    }
    return segments;
}

/** Whether `path` is `ancestor` or lies below it, segment by segment. */
export function pathCovers(ancestor: string, path: string): boolean {
    if (path === ancestor) return true;
    const a = pathSegments(ancestor);
    const p = pathSegments(path);
    return a.length > 0 && a.length <= p.length && a.every((segment, i) => segment === p[i]);
}
