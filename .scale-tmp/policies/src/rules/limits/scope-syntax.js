"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.scopeSyntax = void 0;
const rule_1 = require("../../rule");
const MAX_LENGTH = 280;
/** RFC 6749 §3.3: a request separates scopes with spaces, and a scope-token excludes `"` and `\`. */
const NOT_SCOPE_CHAR = /[\s"\\]/g;
/** OpenID Connect's own scopes: Auth0 gives them their OIDC meaning, never the API's. */
const RESERVED = new Set(["openid", "profile", "email", "address", "phone", "offline_access"]);
/** Why a scope value is malformed, or undefined when it is well-formed. */
function malformation(value) {
    if (value === "")
        return "is empty";
    if (value.length > MAX_LENGTH)
        return `is ${value.length} characters long (at most ${MAX_LENGTH})`;
    const bad = [...new Set(value.match(NOT_SCOPE_CHAR) ?? [])];
    if (bad.length > 0) {
        const named = bad.map((c) => JSON.stringify(c)).join(", ");
        return `contains ${named} (whitespace separates scopes in a request; quotes and backslashes are not allowed)`;
    }
    if (RESERVED.has(value))
        return "is a reserved OpenID Connect scope";
    return undefined;
}
exports.scopeSyntax = (0, rule_1.defineRule)({
    meta: {
        id: "scope-syntax",
        severity: "error",
        description: "A scope value is empty, longer than 280 characters, contains whitespace, a quote or a backslash, repeats within its API, " +
            "or is a reserved OIDC scope.",
        docs: "https://www.rfc-editor.org/rfc/rfc6749#section-3.3",
        waivable: false,
    },
    check(model) {
        const reports = [];
        const flag = (scope, apiKey, problem, hint) => {
            reports.push({ source: scope.source, message: `scope ${JSON.stringify(scope.value)} of API '${apiKey}' ${problem}`, hint });
        };
        for (const a of model.apis) {
            // The Management API's scopes are Auth0's own list.
            if (a.kind === "management")
                continue;
            const seen = new Set();
            for (const scope of a.scopes) {
                const problem = malformation(scope.value);
                if (problem !== undefined)
                    flag(scope, a.key, problem, "use a value like read:products (action:resource) of 1-280 characters");
                else if (seen.has(scope.value))
                    flag(scope, a.key, "is declared twice", "keep one declaration");
                seen.add(scope.value);
            }
        }
        return reports;
    },
});
//# sourceMappingURL=scope-syntax.js.map