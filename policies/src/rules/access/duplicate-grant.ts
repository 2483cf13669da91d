import type { Source } from "../../model";
import { defineRule } from "../../rule";
import { groupBy } from "../group-by";

/** Where a source is, for telling the user which earlier element a duplicate repeats. */
function located(source: Source): string {
    return source.urn ?? (source.line !== undefined ? `${source.path} (line ${source.line})` : source.path);
}

export const duplicateGrant = defineRule({
    meta: {
        id: "duplicate-grant",
        severity: "error",
        description: "Two grants for the same application, API and subject type (Auth0 answers 409 Conflict).",
        docs: "https://auth0.com/docs/get-started/applications/application-access-to-apis-client-grants",
        waivable: false,
    },
    check: (model) =>
        [...groupBy(model.grants, (g) => `${g.client}\n${g.api}\n${g.subjectType}`).values()].flatMap(([first, ...repeats]) =>
            repeats.map((g) => ({
                source: g.source,
                message:
                    `another ${g.subjectType} grant of '${g.client}' to API '${g.api}' (the first is ${located(first.source)}): ` +
                    "Auth0 allows one per app, API and subject type",
                hint: "merge the scopes into one grant and remove the other",
            })),
        ),
});
