// Text that reads as something it is not, judged as UTS #39 (Unicode Security Mechanisms) and the
// browsers' IDN display policies do: invisible, bidi and control characters; a word or host label
// that mixes scripts beyond the Highly Restrictive level (a Cyrillic 'о' in "shоp"); a label
// written wholly in letters confusable with Latin ("аррӏе" reads as "apple"). A legitimate
// single-script name ("münchen", "例え") is none of these. The lookalike-text rule and the
// topology loader judge text here, and diff shows text through visibleText.
import { domainToASCII, domainToUnicode } from "node:url";
import { HIGHLY_RESTRICTIVE_SETS, LATIN_CONFUSABLES, RECOMMENDED_SCRIPTS } from "./facts/unicode-security";

/**
 * Default-ignorable (zero-width, word joiners, soft hyphen, fillers, tags) and bidi control
 * characters, line and paragraph separators, and C0/C1 controls (NEL included) other than tab
 * and line breaks. The zero-width joiner and variation selectors are at home right after an
 * emoji ("⚠️", family sequences).
 */
const HIDDEN =
    /(?<![\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F])[\u200D\uFE0E\uFE0F]|(?![\u200D\uFE0E\uFE0F])[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}\u2028\u2029]|[^\P{Cc}\t\n\r]/u;

const ASCII = /^[\x00-\x7F]*$/;
const PRINTABLE_ASCII = /^[\x20-\x7E]*$/;

/** Printable ASCII holds no hidden character, no script but Latin and is its own NFC form: nothing to judge. */
export function isPrintableAscii(text: string): boolean {
    return PRINTABLE_ASCII.test(text);
}

export function codePoint(char: string): string {
    return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** The first invisible or control character of the text, as U+XXXX. */
export function hiddenCharacter(text: string): string | undefined {
    const hidden = HIDDEN.exec(text);
    return hidden === null ? undefined : codePoint(hidden[0]);
}

// Scripts are told by Script_Extensions (a character used by several scripts belongs to each).
const SCRIPTS = [...new Set<string>([...RECOMMENDED_SCRIPTS, ...HIGHLY_RESTRICTIVE_SETS.flat()])];
const SCRIPT_TESTS = SCRIPTS.map((name) => [name, new RegExp(`^\\p{Script_Extensions=${name}}$`, "u")] as const);
const COMMON = /^[\p{Script_Extensions=Common}\p{Script_Extensions=Inherited}]$/u;
/** Scripts whose whole-script lookalikes of Latin the confusables data covers. */
const CONFUSABLE_SCRIPTS = new Set(["Cyrillic", "Greek"]);

const scriptCache = new Map<string, ReadonlySet<string> | null>();

/** The scripts of a character; null for Common and Inherited ones (digits, '-', marks), which go with any script. */
function scriptsOf(char: string): ReadonlySet<string> | null {
    let scripts = scriptCache.get(char);
    if (scripts === undefined) {
        scripts = COMMON.test(char) ? null : new Set(SCRIPT_TESTS.filter(([, test]) => test.test(char)).map(([name]) => name));
        scriptCache.set(char, scripts);
    }
    return scripts;
}

export type Lookalike =
    /** Scripts mixed beyond UTS #39 Highly Restrictive: Latin with Cyrillic or Greek, for example. */
    | { kind: "mixed-scripts"; scripts: string[] }
    /** Every letter of one script that looks like a Latin letter: a whole-script confusable. */
    | { kind: "latin-lookalike"; script: string }
    /** A character of a script UTS #39 does not recommend for identifiers (Cherokee, runes, symbols). */
    | { kind: "unusual-script"; char: string };

/** The Latin text a string reads as: each letter confusable with Latin replaced by its ASCII twin. */
export function readsAs(text: string): string {
    return [...text].map((c) => LATIN_CONFUSABLES.get(c.codePointAt(0)!) ?? c).join("");
}

export interface WordOptions {
    /** Judge whole-script lookalikes too (for keys and hosts, not for prose, where "ор" is a word). */
    wholeScript: boolean;
    /** A label of this script's own top-level domain may be written in it (сеть.рф). */
    topLevel?: string;
}

/** What is wrong with one word or host label; undefined for ASCII and for text one reader would write. */
export function judgeWord(word: string, options: WordOptions): Lookalike | undefined {
    if (ASCII.test(word)) return undefined;
    const sets: ReadonlySet<string>[] = [];
    for (const char of word) {
        const scripts = scriptsOf(char);
        if (scripts === null) continue;
        if (scripts.size === 0) return { kind: "unusual-script", char: codePoint(char) };
        sets.push(scripts);
    }
    const shared = SCRIPTS.filter((script) => sets.every((s) => s.has(script)));
    if (shared.length === 0) {
        if (HIGHLY_RESTRICTIVE_SETS.some((allowed) => sets.every((s) => allowed.some((script) => s.has(script))))) return undefined;
        return { kind: "mixed-scripts", scripts: SCRIPTS.filter((script) => sets.some((s) => s.has(script))) };
    }
    if (!options.wholeScript || shared.includes("Latin")) return undefined;
    const script = shared.find((s) => CONFUSABLE_SCRIPTS.has(s));
    if (script === undefined || [...(options.topLevel ?? "")].some((c) => scriptsOf(c)?.has(script) === true)) return undefined;
    const letters = [...word].filter((c) => scriptsOf(c) !== null);
    return letters.every((c) => LATIN_CONFUSABLES.has(c.codePointAt(0)!)) ? { kind: "latin-lookalike", script } : undefined;
}

/** The first lookalike word of a text (words are runs of letters, marks and digits). */
export function judgeText(text: string, options: WordOptions): { word: string; lookalike: Lookalike } | undefined {
    if (ASCII.test(text)) return undefined;
    for (const word of text.split(/[^\p{L}\p{M}\p{N}]+/u)) {
        const lookalike = judgeWord(word, options);
        if (lookalike !== undefined) return { word, lookalike };
    }
    return undefined;
}

const URL_START = /^[a-z][a-z0-9+.-]*:\/\/([^/?#\s]*)/i;

/** The host of scheme://[user@]host[:port]…, as written (wildcards and {placeholders} included). */
export function urlHost(text: string): string | undefined {
    const authority = URL_START.exec(text)?.[1];
    return authority?.replace(/^.*@/, "").replace(/:\d*$/, "");
}

export interface HostVerdict {
    host: string;
    /** The host as DNS and the browser's address bar know it (xn--…); undefined when it is no valid host name. */
    ascii: string | undefined;
    /** What is wrong, with the label at fault; undefined: an internationalized name in one script. */
    problem?: { label: string; lookalike: Lookalike };
}

/** undefined for an ASCII host (nothing to show), else the host's ASCII form and what is wrong with it. */
export function judgeHost(host: string): HostVerdict | undefined {
    if (ASCII.test(host)) return undefined;
    const ascii = domainToASCII(host) || undefined;
    // The labels as the URL parser maps them (lower case, NFC), or as written if it refuses the host.
    const labels = (ascii === undefined ? host.normalize("NFC").toLowerCase() : domainToUnicode(ascii)).split(".");
    const topLevel = labels.at(-1);
    for (const label of labels) {
        const lookalike = judgeWord(label, { wholeScript: true, ...(topLevel === undefined ? {} : { topLevel }) });
        if (lookalike !== undefined) return { host, ascii, problem: { label, lookalike } };
    }
    return { host, ascii };
}

const HIDDEN_ALL = new RegExp(HIDDEN.source, "gu");

/**
 * Text as a reviewer must see it (diff): invisible characters spelled out as ⟨U+200B⟩, and a URL
 * whose host is not ASCII followed by the host's xn-- form, so a lookalike host differs in print.
 */
export function visibleText(text: string): string {
    const shown = text.replace(HIDDEN_ALL, (c) => `⟨${codePoint(c)}⟩`);
    const host = urlHost(text);
    if (host === undefined || ASCII.test(host)) return shown;
    const ascii = domainToASCII(host);
    return `${shown} (host ${ascii === "" ? "not a valid host name" : ascii})`;
}

/** `text` as a JSON string whose invisible characters are \u escapes (JSON.stringify leaves them as they are). */
export function visibleJson(text: string): string {
    return JSON.stringify(text).replace(HIDDEN_ALL, (c) => Array.from({ length: c.length }, (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, "0")}`).join(""));
}

/** One sentence about a lookalike, for messages: what the text mixes or imitates. */
export function describeLookalike(text: string, lookalike: Lookalike): string {
    switch (lookalike.kind) {
        case "mixed-scripts":
            return `'${text}' mixes ${lookalike.scripts.join(" and ")} letters and reads as '${readsAs(text)}'`;
        case "latin-lookalike":
            return `'${text}' is written wholly in ${lookalike.script} letters that look Latin: it reads as '${readsAs(text)}'`;
        case "unusual-script":
            return `'${text}' holds ${lookalike.char}, a character of no script UTS #39 recommends for identifiers`;
    }
}
