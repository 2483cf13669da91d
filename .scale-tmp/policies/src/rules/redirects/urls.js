"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ORIGIN_FIELDS = exports.URL_FIELDS = void 0;
exports.parseUrl = parseUrl;
exports.clientUrls = clientUrls;
exports.isWebUrl = isWebUrl;
exports.isLoopbackHost = isLoopbackHost;
exports.originOf = originOf;
exports.URL_FIELDS = ["callbacks", "logoutUrls", "webOrigins", "allowedOrigins"];
exports.ORIGIN_FIELDS = ["webOrigins", "allowedOrigins"];
function parseUrl(value) {
    try {
        return new URL(value);
    }
    catch {
        return undefined;
    }
}
/** Every entry of the given URL lists of a client, parsed once. */
function clientUrls(client, fields = exports.URL_FIELDS) {
    return fields.flatMap((field) => client[field].map((value, index) => ({ field, value, path: `${client.source.path}.${field}.${index}`, url: parseUrl(value) })));
}
function isWebUrl(url) {
    return url.protocol === "https:" || url.protocol === "http:";
}
/** Loopback hosts as RFC 8252 §7.3 lists them (the URL parser already normalises 127.1 and [::1]). */
function isLoopbackHost(hostname) {
    return hostname === "localhost" || hostname.endsWith(".localhost") || hostname === "[::1]" || /^127(\.\d{1,3}){3}$/.test(hostname);
}
/** scheme://host[:port] of a URL, also for custom schemes whose URL.origin is "null". */
function originOf(url) {
    return `${url.protocol}//${url.host}`;
}
//# sourceMappingURL=urls.js.map