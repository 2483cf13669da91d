"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.identifierFormat = void 0;
const rule_1 = require("../../rule");
const MAX_LENGTH = 600;
/** What Auth0 rejects outright. */
function rejection(identifier) {
    if (identifier === "")
        return "is empty";
    if (identifier.length > MAX_LENGTH)
        return `is ${identifier.length} characters long (Auth0 accepts at most ${MAX_LENGTH})`;
    if (/\s/.test(identifier))
        return "contains whitespace";
    return undefined;
}
/** What Auth0 accepts but RFC 8707 advises against: a resource indicator is an absolute URI without a fragment. */
function advice(identifier) {
    if (!URL.canParse(identifier))
        return "is not an absolute URI";
    const url = new URL(identifier);
    if (url.protocol !== "https:")
        return `uses ${url.protocol.slice(0, -1)}, not https`;
    if (identifier.includes("#"))
        return "has a fragment (#…)";
    return undefined;
}
function checkApi(a) {
    const error = rejection(a.identifier);
    if (error !== undefined) {
        return {
            source: a.source,
            path: `${a.source.path}.identifier`,
            severity: "error",
            message: `the identifier of API '${a.key}' ${error}`,
            hint: "use an absolute https URI such as https://catalog.example.com (at most 600 characters)",
        };
    }
    // An external API's identifier already exists in the tenant: advice about choosing one is moot.
    const warning = a.kind === "managed" ? advice(a.identifier) : undefined;
    if (warning === undefined)
        return undefined;
    return {
        source: a.source,
        path: `${a.source.path}.identifier`,
        severity: "warning",
        message: `the identifier of API '${a.key}' ${warning}: audiences should be absolute https URIs without a fragment (RFC 8707)`,
        hint: "choose an https URI you control, such as https://catalog.example.com, before the API is created (identifiers are immutable)",
    };
}
exports.identifierFormat = (0, rule_1.defineRule)({
    meta: {
        id: "identifier-format",
        severity: "error",
        description: "An API identifier (audience) Auth0 rejects (over 600 characters, whitespace) or that is not an absolute https URI without a fragment.",
        docs: "https://www.rfc-editor.org/rfc/rfc8707#section-2",
        waivable: false,
    },
    check: (model) => 
    // The Management API's identifier comes from the tenant domain.
    model.apis.filter((a) => a.kind !== "management").flatMap((a) => checkApi(a) ?? []),
});
//# sourceMappingURL=identifier-format.js.map