// What only the file shows of lookalike text: one key written in two Unicode forms in the same
// map (NFC and NFD look identical, and the parsed topology holds two keys), and invisible or
// control characters anywhere, also where the model does not reach or when the file does not
// load. The lookalike-text rule judges the model's names, scopes and URLs (scripts and hosts too):
// where it judges a place, the loader leaves that place's characters to it.
import { isMap, isScalar, isSeq, type Node } from "yaml";
import { hiddenCharacter, isPrintableAscii } from "../../policies/src/lookalike";
import type { Finding } from "../../policies/src/rule";
import { lookalikeText } from "../../policies/src/rules/references/lookalike-text";
import { loaderFinding } from "./finding";
import { pathText, type Locator, type PathSegment } from "./position";

export interface LoaderLookalikes {
    /** Keys that are another key of their map in another Unicode form. */
    forms: Finding[];
    /** Invisible and control characters in any key or value. */
    hidden: Finding[];
}

/** A place in the document, its path made only for a finding (the walk meets every node of a large file). */
interface Place {
    parent?: Place;
    segment?: PathSegment;
}

function pathOf(place: Place): PathSegment[] {
    const path: PathSegment[] = [];
    for (let at: Place | undefined = place; at?.segment !== undefined; at = at.parent) path.push(at.segment);
    return path.reverse();
}

export function lookalikeFindings(locator: Locator): LoaderLookalikes {
    const found: LoaderLookalikes = { forms: [], hidden: [] };
    const finding = (place: Place, node: Node, message: string, hint: string) =>
        loaderFinding(lookalikeText.meta.id, { path: pathText(pathOf(place)), file: locator.file, ...locator.at(node.range?.[0] ?? 0) }, message, hint);
    const checkText = (text: string, place: Place, node: Node, what: () => string) => {
        if (isPrintableAscii(text)) return;
        const hidden = hiddenCharacter(text);
        if (hidden !== undefined) found.hidden.push(finding(place, node, `${what()} holds the invisible or control character ${hidden}`, "retype it: it reads as something it is not"));
    };
    const stack: Array<{ node: unknown; place: Place }> = [{ node: locator.doc.contents, place: {} }];
    while (stack.length > 0) {
        const { node, place } = stack.pop()!;
        if (isMap(node)) {
            const forms = new Map<string, string>();
            for (const { key, value } of node.items) {
                if (!isScalar(key)) continue;
                const name = String(key.value);
                const at: Place = { parent: place, segment: name };
                checkText(name, at, key, () => `the key ${JSON.stringify(name)}`);
                const normal = isPrintableAscii(name) ? name : name.normalize("NFC");
                const other = forms.get(normal);
                if (other !== undefined && other !== name) found.forms.push(finding(at, key, `the key ${JSON.stringify(name)} is ${JSON.stringify(other)} in another Unicode form (NFC/NFD): two keys that look the same`, "write both the same way, or rename one"));
                if (other === undefined) forms.set(normal, name);
                stack.push({ node: value, place: at });
            }
        } else if (isSeq(node)) {
            node.items.forEach((item, index) => stack.push({ node: item, place: { parent: place, segment: index } }));
        } else if (isScalar(node) && typeof node.value === "string") {
            checkText(node.value, place, node, () => pathText(pathOf(place)));
        }
    }
    return found;
}
