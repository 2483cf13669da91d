// What only the file shows of lookalike text: one key written in two Unicode forms in the same
// map (NFC and NFD look identical, and the parsed topology holds two keys), and invisible or
// control characters anywhere, also where the model does not reach or when the file does not
// load. The lookalike-text rule judges the model's names, scopes and URLs (scripts and hosts too):
// where it judges a place, the loader leaves that place's characters to it.
import { hiddenCharacter, isPrintableAscii } from "../../policies/src/lookalike";
import type { Finding } from "../../policies/src/rule";
import { lookalikeText } from "../../policies/src/rules/references/lookalike-text";
import { loaderFinding } from "./finding";
import { isCollectionValue, type Collection } from "./parse";
import { pathText, type Locator, type PathSegment } from "./position";

export interface LoaderLookalikes {
    /** Keys that are another key of their map in another Unicode form. */
    forms: Finding[];
    /** Invisible and control characters in any key or value. */
    hidden: Finding[];
}

/** A place in the values, its path made only for a finding (the walk meets every node of a large file). */
interface Place {
    parent?: Place;
    segment?: PathSegment;
}

function pathOf(place: Place): PathSegment[] {
    const path: PathSegment[] = [];
    for (let at: Place | undefined = place; at?.segment !== undefined; at = at.parent) path.push(at.segment);
    return path.reverse();
}

export function lookalikeFindings(data: Record<string, unknown>, locator: Locator): LoaderLookalikes {
    const found: LoaderLookalikes = { forms: [], hidden: [] };
    /** A finding at a key (`key`) or at the value or item `place` holds. */
    const finding = (place: Place, key: boolean, message: string, hint: string) => {
        const path = pathOf(place);
        return loaderFinding(lookalikeText.meta.id, { path: pathText(path), file: locator.file, ...(key ? locator.position(path) : locator.valuePosition(path)) }, message, hint);
    };
    /** Called for text that is not printable ASCII only (most text is, and holds nothing hidden). */
    const checkText = (text: string, place: Place, key: boolean, what: () => string) => {
        const hidden = hiddenCharacter(text);
        if (hidden !== undefined) found.hidden.push(finding(place, key, `${what()} holds the invisible or control character ${hidden}`, "retype it: it reads as something it is not"));
    };
    const stack: Array<{ node: Collection; place: Place }> = [{ node: data, place: {} }];
    /** A map's value or a list's item, at `segment` below `parent`: strings judged at once, collections walked later. */
    const visit = (value: unknown, parent: Place, segment: PathSegment) => {
        if (typeof value === "string") {
            if (!isPrintableAscii(value)) {
                const at: Place = { parent, segment };
                checkText(value, at, false, () => pathText(pathOf(at)));
            }
        } else if (isCollectionValue(value)) {
            stack.push({ node: value, place: { parent, segment } });
        }
    };
    while (stack.length > 0) {
        const { node, place } = stack.pop()!;
        if (Array.isArray(node)) {
            node.forEach((item, index) => visit(item, place, index));
            continue;
        }
        const keys = Object.keys(node);
        // A key in two Unicode forms needs a key that is not ASCII (NFC of one may be ASCII: the Kelvin sign is K).
        const forms = keys.some((name) => !isPrintableAscii(name)) ? new Map<string, string>() : undefined;
        for (const name of keys) {
            if (!isPrintableAscii(name)) checkText(name, { parent: place, segment: name }, true, () => `the key ${JSON.stringify(name)}`);
            if (forms !== undefined) {
                const normal = name.normalize("NFC");
                const other = forms.get(normal);
                if (other !== undefined && other !== name) found.forms.push(finding({ parent: place, segment: name }, true, `the key ${JSON.stringify(name)} is ${JSON.stringify(other)} in another Unicode form (NFC/NFD): two keys that look the same`, "write both the same way, or rename one"));
                if (other === undefined) forms.set(normal, name);
            }
            visit(node[name], place, name);
        }
    }
    return found;
}
