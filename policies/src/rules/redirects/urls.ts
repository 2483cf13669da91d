// The URL lists of a client (callbacks, logout URLs, origins) and the URL facts the redirect rules share.
import type { Client } from "../../model";
import { oncePer } from "../once";

export const URL_FIELDS = ["callbacks", "logoutUrls", "webOrigins", "allowedOrigins"] as const satisfies readonly (keyof Client)[];
export const ORIGIN_FIELDS = ["webOrigins", "allowedOrigins"] as const satisfies readonly (typeof URL_FIELDS)[number][];
export type UrlField = (typeof URL_FIELDS)[number];

export interface ClientUrl {
    field: UrlField;
    value: string;
    /** `<client path>.<field>.<index>`. */
    path: string;
    /** undefined when the value is not a URL at all. */
    url: URL | undefined;
}

export function parseUrl(value: string): URL | undefined {
    try {
        return new URL(value);
    } catch {
        return undefined;
    }
}

/** Per client of the model being checked: six rules read the same lists, each URL is parsed once. */
const allUrls = oncePer((client: Client): ClientUrl[] =>
    URL_FIELDS.flatMap((field) => client[field].map((value, index) => ({ field, value, path: `${client.source.path}.${field}.${index}`, url: parseUrl(value) }))),
);

/** Every entry of the given URL lists of a client. */
export function clientUrls(client: Client, fields: readonly UrlField[] = URL_FIELDS): ClientUrl[] {
    const all = allUrls(client);
    return fields === URL_FIELDS ? all : all.filter((entry) => fields.includes(entry.field));
}

export function isWebUrl(url: URL): boolean {
    return url.protocol === "https:" || url.protocol === "http:";
}

/** Loopback hosts as RFC 8252 §7.3 lists them (the URL parser already normalises 127.1 and [::1]). */
export function isLoopbackHost(hostname: string): boolean {
    return hostname === "localhost" || hostname.endsWith(".localhost") || hostname === "[::1]" || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/** scheme://host[:port] of a URL, also for custom schemes whose URL.origin is "null". */
export function originOf(url: URL): string {
    return `${url.protocol}//${url.host}`;
}
