import type { Api } from "../../model";
import { defineRule, type Report } from "../../rule";

const MAX_LENGTH = 600;

/** What Auth0 rejects outright. */
function rejection(identifier: string): string | undefined {
    if (identifier === "") return "is empty";
    if (identifier.length > MAX_LENGTH) return `is ${identifier.length} characters long (Auth0 accepts at most ${MAX_LENGTH})`;
    if (/\s/.test(identifier)) return "contains whitespace";
    return undefined;
}

/**
 * What Auth0 accepts but RFC 8707 advises against: a resource indicator is an absolute URI (any
 * scheme: urn:, http: and https: alike) without a fragment, and Auth0 recommends a URL.
 */
function advice(identifier: string): string | undefined {
    if (!URL.canParse(identifier)) return "is not an absolute URI";
    if (identifier.includes("#")) return "has a fragment (#…)";
    return undefined;
}

function checkApi(a: Api): Report | undefined {
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
    if (warning === undefined) return undefined;
    return {
        source: a.source,
        path: `${a.source.path}.identifier`,
        severity: "warning",
        message: `the identifier of API '${a.key}' ${warning}: audiences should be absolute URIs without a fragment (RFC 8707), and Auth0 recommends a URL`,
        hint: "choose a URI you control, such as https://catalog.example.com or urn:example:catalog, before the API is created (identifiers are immutable)",
    };
}

export const identifierFormat = defineRule({
    meta: {
        id: "identifier-format",
        severity: "error",
        description:
            "An API identifier (audience) Auth0 rejects (over 600 characters, whitespace), or one that is not an absolute URI (urn: and http(s): alike) or has a fragment (a warning).",
        docs: "https://auth0.com/docs/get-started/apis/api-settings",
        waivable: false,
    },
    check: (model) =>
        // The Management API's identifier comes from the tenant domain.
        model.apis.filter((a) => a.kind !== "management").flatMap((a) => checkApi(a) ?? []),
});
