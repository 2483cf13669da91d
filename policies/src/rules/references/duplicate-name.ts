import type { Source } from "../../model";
import { defineRule, type Report } from "../../rule";

interface Named {
    key: string;
    name: string;
    source: Source;
}

const looseName = (name: string) => name.trim().toLowerCase();

/** Reports every element whose display name (as `normalize` compares them) an earlier one of the same kind already has. */
export function sameNames(items: readonly Named[], kind: "app" | "API" | "role", normalize: (name: string) => string = looseName): Report[] {
    const first = new Map<string, Named>();
    const reports: Report[] = [];
    for (const item of items) {
        const name = normalize(item.name);
        const earlier = first.get(name);
        if (earlier === undefined) {
            first.set(name, item);
            continue;
        }
        reports.push({
            source: item.source,
            message: `${kind} '${item.key}' has the display name '${item.name}', like ${kind} '${earlier.key}'`,
            hint: "give each one its own name: the dashboard and name-based tools cannot tell them apart",
        });
    }
    return reports;
}

export const duplicateName = defineRule({
    meta: {
        id: "duplicate-name",
        severity: "warning",
        description: "Two apps or two APIs share a display name.",
        docs: "https://github.com/auth0/auth0-deploy-cli/issues/98",
    },
    check: (model) => [...sameNames(model.clients, "app"), ...sameNames(model.apis, "API")],
});
