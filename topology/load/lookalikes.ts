// Text that does not show what it is: invisible and direction-changing characters, line breaks YAML
// keeps inside a value (NEL, U+2028), control characters, the same key in two Unicode forms (NFC
// and NFD look identical), and URL hosts with non-ASCII letters (a Cyrillic 'а' in "shop" reads as
// the real host, and diff shows them alike). Each is a finding where it is written.
import { isMap, isScalar, isSeq, type Node } from "yaml";
import type { Environment } from "../../policies/src/model";
import type { Finding, Severity } from "../../policies/src/rule";
import { lookalikeText } from "../../policies/src/rules/references/loader";
import { loaderFinding } from "./finding";
import { pathText, type Locator, type PathSegment } from "./position";

/** Zero-width and bidi format characters, NEL, LS/PS, and C0/C1 controls other than tab and line breaks. */
const HIDDEN = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u061C\uFEFF\u0085\u2028\u2029\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F]/u;

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

const URL_START = /^[a-z][a-z0-9+.-]*:\/\/([^/?#\s]*)/i;

function nonAsciiHost(value: string): string | undefined {
    const authority = URL_START.exec(value)?.[1];
    const host = authority?.replace(/^.*@/, "").replace(/:\d*$/, "");
    return host !== undefined && /[^\x00-\x7F]/.test(host) ? host : undefined;
}

export function lookalikeFindings(locator: Locator, environment: Environment): Finding[] {
    const findings: Finding[] = [];
    const report = (path: PathSegment[], node: Node, message: string, hint: string, severity: Severity = "error") =>
        findings.push(loaderFinding(lookalikeText.meta.id, { path: pathText(path), file: locator.file, ...locator.at(node.range?.[0] ?? 0) }, message, hint, severity));
    const checkText = (text: string, path: PathSegment[], node: Node, what: string) => {
        const hidden = HIDDEN.exec(text);
        if (hidden !== null) report(path, node, `${what} holds the invisible or control character ${codePoint(hidden[0])}`, "retype it: it reads as something it is not");
        const host = nonAsciiHost(text);
        if (host !== undefined) {
            report(path, node, `the host of ${what} has non-ASCII letters (${JSON.stringify(host)}, ${new URL(`http://${host}`).hostname}): it can pass for another host`, "write the host in ASCII (its xn-- form) if it is really meant", environment === "production" ? "error" : "warning");
        }
    };
    const stack: Array<{ node: unknown; path: PathSegment[] }> = [{ node: locator.doc.contents, path: [] }];
    while (stack.length > 0) {
        const { node, path } = stack.pop()!;
        if (isMap(node)) {
            const forms = new Map<string, string>();
            for (const { key, value } of node.items) {
                if (!isScalar(key)) continue;
                const name = String(key.value);
                checkText(name, [...path, name], key, `the key ${JSON.stringify(name)}`);
                const normal = name.normalize("NFC");
                const other = forms.get(normal);
                if (other !== undefined && other !== name) report([...path, name], key, `the key ${JSON.stringify(name)} is ${JSON.stringify(other)} in another Unicode form (NFC/NFD): two keys that look the same`, "write both the same way, or rename one");
                if (other === undefined) forms.set(normal, name);
                stack.push({ node: value, path: [...path, name] });
            }
        } else if (isSeq(node)) {
            node.items.forEach((item, index) => stack.push({ node: item, path: [...path, index] }));
        } else if (isScalar(node) && typeof node.value === "string") {
            checkText(node.value, path, node, pathText(path));
        }
    }
    return findings;
}
