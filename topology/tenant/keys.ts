// Topology keys from display names: valid (KEY_PATTERN), unique within a section, and deterministic
// (the same tenant gives the same keys whatever order its source lists objects in: objects are
// keyed in order of their name, then of their tenant id).
import { KEY_PATTERN } from "../schema";
import { withoutVariables } from "./keywords";

const MAX = 64;

export function slug(name: string, fallback: string): string {
    const base = withoutVariables(name)
        .normalize("NFKD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "")
        .slice(0, MAX)
        .replace(/-+$/, "");
    return base === "" ? fallback : base;
}

/** Keys for `items`, in their order: slugs of their names, suffixed -2, -3… on collisions. */
export function assignKeys<T>(items: readonly T[], name: (item: T) => string, tiebreak: (item: T) => string, fallback: string, reserved: readonly string[] = []): Map<T, string> {
    const order = items
        .map((item, index) => ({ item, index, slug: slug(name(item), fallback), tie: tiebreak(item) }))
        .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : a.tie < b.tie ? -1 : a.tie > b.tie ? 1 : a.index - b.index));
    const taken = new Set(reserved);
    const keys = new Map<T, string>();
    for (const { item, slug: base } of order) {
        let key = base;
        for (let n = 2; taken.has(key); n += 1) key = `${base.slice(0, MAX - String(n).length - 1)}-${n}`;
        if (!KEY_PATTERN.test(key)) throw new Error(`derived key '${key}' is not a valid topology key`);
        taken.add(key);
        keys.set(item, key);
    }
    return keys;
}
