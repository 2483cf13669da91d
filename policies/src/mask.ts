// Masking secret values in everything the tools print. A value that secret-in-topology flags (or
// that Pulumi holds as a secret) must not reach a CI log, a PR comment or a SARIF upload through
// another rule's message, a graph label, a diff or a config snippet.
import type { TenantModel } from "./model";
import { credentialsIn } from "./rules/secrets/secret-in-topology";

export const MASKED = "[secret]";
/** Shorter secrets (a 3-letter URL password) would mask ordinary text: the whole text holding them is masked instead. */
const MIN_LENGTH = 6;

/**
 * What rules print of a secret URL besides the URL: its origin and host (a web origin to add, a
 * host that is not https). Masking them elsewhere too is the safe side.
 */
function derivedForms(value: string): string[] {
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || !URL.canParse(value)) return [];
    const url = new URL(value);
    if (url.host === "") return [];
    return [url.href, ...(url.origin === "null" ? [] : [url.origin]), url.host].filter((form) => form.length >= MIN_LENGTH);
}

export class SecretMask {
    private readonly values: string[];

    constructor(values: Iterable<string>) {
        const forms = new Set<string>();
        for (const value of values) {
            if (value === "") continue;
            for (const form of [value, ...derivedForms(value)]) {
                forms.add(form);
                // As JSON output writes it (a PEM key's line breaks, quotes).
                forms.add(JSON.stringify(form).slice(1, -1));
            }
        }
        // Longest first: a secret inside a longer masked text is already gone when its turn comes.
        this.values = [...forms].sort((a, b) => b.length - a.length);
    }

    /** Masks what this mask and `other` mask (the two versions a diff compares). */
    and(other: SecretMask): SecretMask {
        return new SecretMask([...this.values, ...other.values]);
    }

    get empty(): boolean {
        return this.values.length === 0;
    }

    text(text: string): string {
        let masked = text;
        for (const value of this.values) if (masked.includes(value)) masked = masked.split(value).join(MASKED);
        return masked;
    }

    /** A copy of plain data (objects, lists, strings) with every string masked. */
    data<T>(value: T): T {
        if (this.empty) return value;
        const walk = (v: unknown): unknown => {
            if (typeof v === "string") return this.text(v);
            if (Array.isArray(v)) return v.map(walk);
            if (v !== null && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype) {
                return Object.fromEntries(Object.entries(v).map(([k, item]) => [k, walk(item)]));
            }
            return v;
        };
        return walk(value) as T;
    }
}

/** The secret values of a text that holds `credential` (see MIN_LENGTH). */
export function secretValuesOf(credential: { value: string; text: string }): string[] {
    return credential.value.length >= MIN_LENGTH ? [credential.value] : [credential.text];
}

/** What to mask in outputs about these models: every credential secret-in-topology would flag. */
export function modelSecrets(...models: ReadonlyArray<TenantModel | undefined>): string[] {
    return models.flatMap((model) => (model === undefined ? [] : [...credentialsIn(model)].flatMap(secretValuesOf)));
}
