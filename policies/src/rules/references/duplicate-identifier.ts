import type { Api } from "../../model";
import { defineRule, type Report } from "../../rule";

/** What people read as the same audience; Auth0 compares identifiers exactly. */
const looseIdentifier = (identifier: string) => identifier.toLowerCase().replace(/\/+$/, "");

export const duplicateIdentifier = defineRule({
    meta: {
        id: "duplicate-identifier",
        severity: "error",
        description: "Two APIs share an identifier (audience), or differ only by case or a trailing slash.",
        docs: "https://auth0.com/docs/get-started/auth0-overview/set-up-apis",
        waivable: false,
    },
    check(model) {
        const exact = new Map<string, Api>();
        const loose = new Map<string, Api>();
        const reports: Report[] = [];
        for (const api of model.apis) {
            const same = exact.get(api.identifier);
            const similar = loose.get(looseIdentifier(api.identifier));
            if (same !== undefined) {
                reports.push({
                    source: api.source,
                    message: `API '${api.key}' has the identifier '${api.identifier}', already used by API '${same.key}': Auth0 rejects the second one`,
                    hint: "give each API its own identifier",
                });
            } else if (similar !== undefined) {
                reports.push({
                    source: api.source,
                    severity: "warning",
                    message:
                        `API '${api.key}' has the identifier '${api.identifier}', which differs from API '${similar.key}' ` +
                        `('${similar.identifier}') only by case or a trailing slash: Auth0 treats them as two audiences`,
                    hint: "make the identifiers clearly different, or use one API",
                });
            }
            if (same === undefined) exact.set(api.identifier, api);
            if (similar === undefined) loose.set(looseIdentifier(api.identifier), api);
        }
        return reports;
    },
});
