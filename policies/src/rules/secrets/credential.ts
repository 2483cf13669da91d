// Recognises values that look like credentials. Tuned for few false positives: a design file is
// full of URLs, scope names and prose, so only strong signals count.

/** Credentials with a recognisable shape, checked first because they are unambiguous. */
const KNOWN: readonly { what: string; pattern: RegExp }[] = [
    { what: "a PEM private key", pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/ },
    { what: "a JSON Web Token", pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/ },
    { what: "a GitHub token", pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,})\b/ },
    { what: "a Slack token", pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/ },
    { what: "an AWS access key id", pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
    { what: "a Stripe secret key", pattern: /\b[rs]k_(?:live|test)_[A-Za-z0-9]{16,}\b/ },
    { what: "a Google API key", pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
    { what: "an npm token", pattern: /\bnpm_[A-Za-z0-9]{36}\b/ },
    { what: "a bearer token", pattern: /\bBearer\s+[A-Za-z0-9._~+/-]{20,}/ },
];

/** Query parameters that carry credentials (names compared lower-case, '-' read as '_'). */
const SECRET_PARAMETERS: ReadonlySet<string> = new Set([
    "client_secret", "secret", "password", "passwd", "pwd", "token", "access_token", "refresh_token", "id_token",
    "api_key", "apikey", "access_key", "private_key", "auth_token",
]);

/** Any of KNOWN: one pass over a text that holds none of them, instead of one per shape. */
const ANY_KNOWN = new RegExp(KNOWN.map(({ pattern }) => `(?:${pattern.source})`).join("|"));

const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi;

/** A credential found in a text: what it looks like, and the characters that are the secret. */
export interface Credential {
    what: string;
    value: string;
}

function urlCredential(text: string): Credential | undefined {
    for (const [candidate] of text.matchAll(URL_IN_TEXT)) {
        // Most URLs of a design have neither '@' nor '?', and parsing is the cost.
        if (!/[@?]/.test(candidate) || !URL.canParse(candidate)) continue;
        const url = new URL(candidate);
        if (url.password !== "") return { what: "a password in a URL", value: url.password };
        for (const [name, value] of url.searchParams) {
            const secretName = SECRET_PARAMETERS.has(name.toLowerCase().replaceAll("-", "_"));
            if (secretName && value !== "") return { what: `a credential in a URL query (${name}=…)`, value };
        }
    }
    return undefined;
}

const TOKEN_RUN = /[A-Za-z0-9+/=_-]{32,}/g;
/** Subresource-integrity digests look random but are public. */
const DIGEST = /^sha(?:256|384|512)-/;
/** Bits per character: random base62/base64 strings of 32+ characters score about 4.5-5. */
const MIN_ENTROPY = 4.0;
/** Share of characters in lower-case runs of 4+ letters: under 0.2 in most random strings, over 0.4 in CamelCase words and paths. */
const MAX_WORDINESS = 0.35;

function shannonEntropy(text: string): number {
    const counts = new Map<string, number>();
    for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
    let bits = 0;
    for (const count of counts.values()) {
        const p = count / text.length;
        bits -= p * Math.log2(p);
    }
    return bits;
}

function wordiness(text: string): number {
    let inWords = 0;
    for (const [word] of text.matchAll(/[a-z]{4,}/g)) inWords += word.length;
    return inWords / text.length;
}

/** Generated secrets mix lower case, upper case and digits at random; hex digests, UUIDs, identifiers and paths do not. */
function looksGenerated(token: string): boolean {
    return (
        !DIGEST.test(token) &&
        /[a-z]/.test(token) &&
        /[A-Z]/.test(token) &&
        /[0-9]/.test(token) &&
        shannonEntropy(token) >= MIN_ENTROPY &&
        wordiness(token) <= MAX_WORDINESS
    );
}

/**
 * What every shape above needs: a run of ten token characters (the shortest, a JWT's "eyJ" and eight,
 * a PEM header's "-----BEGIN") or a URL. Most texts of a design have neither and skip the rest.
 */
const MAY_HOLD_CREDENTIAL = /[A-Za-z0-9+/=_-]{10}|:\/\//;

function credentialInWindow(text: string): Credential | undefined {
    if (!MAY_HOLD_CREDENTIAL.test(text)) return undefined;
    if (ANY_KNOWN.test(text)) {
        for (const { what, pattern } of KNOWN) {
            const match = pattern.exec(text);
            if (match !== null) return { what, value: match[0] };
        }
    }
    // A password in a URL needs '@', a credential in its query '?'.
    const inUrl = /[@?]/.test(text) ? urlCredential(text) : undefined;
    if (inUrl !== undefined) return inUrl;
    for (const [token] of text.matchAll(TOKEN_RUN)) {
        if (looksGenerated(token)) return { what: "a high-entropy secret", value: token };
    }
    return undefined;
}

/**
 * Long texts are read in overlapping windows: the regular expression engine runs out of stack on
 * a multi-megabyte token. A secret is far shorter than a window; one that is not is still found
 * (as a high-entropy run) and its value widened to the whole run, for masking.
 */
const WINDOW = 16 * 1024;
const OVERLAP = 1024;
const TOKEN_CHAR = /[A-Za-z0-9+/=_.~-]/;

function widened(text: string, start: number, value: string): string {
    let from = start;
    let to = start + value.length;
    while (from > 0 && TOKEN_CHAR.test(text[from - 1]!)) from--;
    while (to < text.length && TOKEN_CHAR.test(text[to]!)) to++;
    return text.slice(from, to);
}

/** The first credential in `text`, or undefined when there is none. */
export function findCredential(text: string): Credential | undefined {
    if (text.length <= WINDOW) return credentialInWindow(text);
    for (let start = 0; start < text.length; start += WINDOW - OVERLAP) {
        const window = text.slice(start, start + WINDOW);
        const found = credentialInWindow(window);
        if (found !== undefined) return { what: found.what, value: widened(text, start + window.indexOf(found.value), found.value) };
    }
    return undefined;
}

/** What the credential in `text` looks like ("a GitHub token"), or undefined when there is none. */
export function credentialIn(text: string): string | undefined {
    return findCredential(text)?.what;
}
