import { RESERVED_SCOPE_NAMES } from "../../auth0-vocabulary";
import type { Scope } from "../../model";
import { defineRule, type Report } from "../../rule";

const MAX_LENGTH = 280;
/** RFC 6749 §3.3: a request separates scopes with spaces, and a scope-token excludes `"` and `\`. */
const NOT_SCOPE_CHAR = /[\s"\\]/g;
const RESERVED: ReadonlySet<string> = new Set(RESERVED_SCOPE_NAMES);

/** Why a scope value is malformed, or undefined when it is well-formed. */
function malformation(value: string): string | undefined {
    if (value === "") return "is empty";
    if (value.length > MAX_LENGTH) return `is ${value.length} characters long (at most ${MAX_LENGTH})`;
    const bad = [...new Set(value.match(NOT_SCOPE_CHAR) ?? [])];
    if (bad.length > 0) {
        const named = bad.map((c) => JSON.stringify(c)).join(", ");
        return `contains ${named} (whitespace separates scopes in a request; quotes and backslashes are not allowed)`;
    }
    if (RESERVED.has(value)) return "is a name Auth0 reserves (OpenID Connect scopes and profile claims) and refuses as an API permission";
    return undefined;
}

export const scopeSyntax = defineRule({
    meta: {
        id: "scope-syntax",
        severity: "error",
        description:
            "A scope value is empty, longer than 280 characters, contains whitespace, a quote or a backslash, repeats within its API, " +
            "or is one of the names Auth0 reserves (openid, profile, email, name, picture, …).",
        docs: "https://auth0.com/docs/get-started/apis/add-api-permissions",
        waivable: false,
    },
    check(model) {
        const reports: Report[] = [];
        const flag = (scope: Scope, apiKey: string, problem: string, hint: string) => {
            reports.push({ source: scope.source, message: `scope ${JSON.stringify(scope.value)} of API '${apiKey}' ${problem}`, hint });
        };
        for (const a of model.apis) {
            // The Management API's scopes are Auth0's own list.
            if (a.kind === "management") continue;
            const seen = new Set<string>();
            for (const scope of a.scopes) {
                const problem = malformation(scope.value);
                if (problem !== undefined) flag(scope, a.key, problem, "use a value like read:products (action:resource) of 1-280 characters");
                else if (seen.has(scope.value)) flag(scope, a.key, "is declared twice", "keep one declaration");
                seen.add(scope.value);
            }
        }
        return reports;
    },
});
