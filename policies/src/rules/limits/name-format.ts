import { attributeFact } from "../../facts/provider-contract";
import type { Report } from "../../rule";
import { defineRule } from "../../rule";
import { AUTH0_TYPES } from "../../pack/auth0-types";

const MAX_API_NAME_LENGTH = 200;
/** The provider refuses longer client descriptions at preview (StringLenBetween in the contract). */
const MAX_DESCRIPTION_LENGTH = attributeFact(AUTH0_TYPES.client, ["description"])?.length?.max ?? 140;

function malformation(name: string, maxLength?: number): string | undefined {
    if (name === "") return "is empty";
    if (maxLength !== undefined && name.length > maxLength) return `is ${name.length} characters long (at most ${maxLength})`;
    if (/[<>]/.test(name)) return "contains < or >";
    return undefined;
}

export const nameFormat = defineRule({
    meta: {
        id: "name-format",
        severity: "error",
        description:
            `A name Auth0 rejects: an API name empty, longer than ${MAX_API_NAME_LENGTH} characters or containing < or >; ` +
            `an app name empty or containing < or >; an app description longer than ${MAX_DESCRIPTION_LENGTH} characters.`,
        docs: "https://auth0.com/docs/api/management/v2/clients/post-clients",
        waivable: false,
    },
    check(model) {
        const reports: Report[] = [];
        for (const a of model.apis) {
            // Only APIs this stack creates get their name from the design.
            const problem = a.kind === "managed" ? malformation(a.name, MAX_API_NAME_LENGTH) : undefined;
            if (problem !== undefined) {
                reports.push({ source: a.source, path: `${a.source.path}.name`, message: `the name of API '${a.key}' ${problem}`, hint: `use 1-${MAX_API_NAME_LENGTH} characters without < and >` });
            }
        }
        // An API's machine client is named after its API, whose own finding covers it.
        for (const c of model.clients.filter((c) => c.purpose === "app")) {
            const problem = malformation(c.name);
            if (problem !== undefined) reports.push({ source: c.source, path: `${c.source.path}.name`, message: `the name of app '${c.key}' ${problem}`, hint: "use a name without < and >" });
            if (c.description !== undefined && c.description.length > MAX_DESCRIPTION_LENGTH) {
                reports.push({
                    source: c.source,
                    path: `${c.source.path}.description`,
                    message: `the description of app '${c.key}' is ${c.description.length} characters long; Auth0 accepts at most ${MAX_DESCRIPTION_LENGTH}`,
                    hint: `shorten it to ${MAX_DESCRIPTION_LENGTH} characters`,
                });
            }
        }
        return reports;
    },
});
