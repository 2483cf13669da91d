// Auth0's subdomain wildcards and URL placeholders, as "Subdomain URL Placeholders" documents them
// (https://auth0.com/docs/get-started/applications/wildcards-for-subdomains, docs-v2 of 2026-08):
// where each form is evaluated and the shape it must have to match anything.
import type { ClientUrl, UrlField } from "./urls";
import { isWebUrl } from "./urls";

export const ORGANIZATION_PLACEHOLDER = "{organization_name}";
/** `{organization_name}` is evaluated in callbacks and allowed origins only. */
const ORGANIZATION_FIELDS: readonly UrlField[] = ["callbacks", "allowedOrigins"];
/** `{custom_domain.metadata.public_KEY}`: every URL list, anywhere in the host; keys without the public_ prefix are ignored. */
const CUSTOM_DOMAIN_PLACEHOLDER = /^\{custom_domain\.metadata\.(public_|PUBLIC_)[A-Za-z0-9_-]+\}$/;

const PLACEHOLDER = /\{[^{}]*\}/g;
/** A wildcard may have hostname characters before and after it: `prefix-*-suffix` works. */
const WILDCARD_LABEL = /^[a-z0-9-]*\*[a-z0-9-]*$/;
/** Stands for the placeholder while the host is split into labels (a custom-domain key holds dots). */
const MARK = "\u0000";

export interface Marker {
    kind: "wildcard" | "placeholder";
    text: string;
}

/** The wildcards and placeholders of a URL entry, in the order written. */
export function markersOf(value: string): Marker[] {
    const placeholders = (value.match(PLACEHOLDER) ?? []).map((text): Marker => ({ kind: "placeholder", text }));
    const wildcards = Array.from({ length: value.replace(PLACEHOLDER, "").split("*").length - 1 }, (): Marker => ({ kind: "wildcard", text: "*" }));
    return [...wildcards, ...placeholders];
}

/** Why Auth0 would match nothing (or something else) with this entry's wildcard or placeholder; undefined when it is well formed. */
export function markerProblem({ field, url }: ClientUrl, markers: readonly Marker[]): string | undefined {
    if (url === undefined || !isWebUrl(url)) return "is not an http(s) URL, and Auth0 evaluates wildcards and placeholders only in those";
    if (markers.length > 1) return "has more than one wildcard or placeholder, and Auth0 allows one per URL";
    const [marker] = markers as [Marker];
    const host = url.hostname;
    const text = marker.text.toLowerCase();
    if (!host.includes(text)) return `has its ${marker.kind} outside the host, and Auth0 evaluates them only in subdomains`;
    const labels = host.replace(text, MARK).split(".");
    if (marker.kind === "placeholder" && CUSTOM_DOMAIN_PLACEHOLDER.test(marker.text)) return undefined;
    if (marker.kind === "placeholder" && marker.text !== ORGANIZATION_PLACEHOLDER) {
        return `uses the placeholder ${marker.text}, which Auth0 does not evaluate in application URLs (only ${ORGANIZATION_PLACEHOLDER} and {custom_domain.metadata.public_KEY})`;
    }
    if (!labels[0]!.includes(MARK)) return `has its ${marker.kind} outside the leftmost label (the subdomain furthest from the root)`;
    if (labels.length < 3) return `has its ${marker.kind} in the registrable domain, not in a subdomain (https://*.com matches nothing)`;
    if (marker.kind === "wildcard") return WILDCARD_LABEL.test(labels[0]!.replace(MARK, "*")) ? undefined : "has a wildcard next to characters a hostname cannot hold";
    if (!ORGANIZATION_FIELDS.includes(field)) return `uses ${ORGANIZATION_PLACEHOLDER}, which Auth0 evaluates only in callbacks and allowed origins`;
    return labels[0] === MARK ? undefined : `has ${ORGANIZATION_PLACEHOLDER} with a prefix or suffix, and it must be the whole label`;
}
