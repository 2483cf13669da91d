import type { Source } from "../../model";
import { defineRule, type Report } from "../../rule";

interface Renamed {
    key: string;
    formerKeys: string[];
    source: Source;
}

/**
 * What Pulumi's engine does with the aliases `formerly` becomes (pulumi/pulumi#3107, #11212): it
 * looks an old resource up by its own URN first and by an alias only when that misses. So a former
 * key another entry still has, or two entries claiming one former key, fail `pulumi up` on a stack
 * holding that key; two entries swapping keys pass, and each keeps its own old object.
 */
function conflicts(items: readonly Renamed[], kind: string): Report[] {
    const declared = new Map(items.map((item) => [item.key, item]));
    const claimedBy = new Map<string, Renamed>();
    const reports: Report[] = [];
    for (const item of items) {
        item.formerKeys.forEach((former, index) => {
            const path = `${item.source.path}.formerly.${index}`;
            const other = declared.get(former);
            const earlier = claimedBy.get(former);
            if (other !== undefined && other !== item && other.formerKeys.includes(item.key)) {
                reports.push({
                    source: item.source,
                    path,
                    message: `${kind} '${item.key}' and ${kind} '${former}' swap keys: Pulumi matches each by its own key first, so both keep their old Auth0 objects and only their settings trade places`,
                    hint: "swap in two deployments: rename one to a free key first, then the other",
                });
            } else if (other !== undefined && other !== item) {
                reports.push({
                    source: item.source,
                    path,
                    severity: "error",
                    message: `${kind} '${item.key}' was formerly '${former}', which is still declared: on a stack that holds '${former}', pulumi up fails (the engine refuses a resource aliased to one that exists)`,
                    hint: `remove '${former}' from formerly, or remove the ${kind} '${former}' that the rename replaces`,
                });
            }
            if (earlier !== undefined && earlier !== item) {
                reports.push({
                    source: item.source,
                    path,
                    severity: "error",
                    message: `${kind} '${item.key}' and ${kind} '${earlier.key}' both claim the former key '${former}': pulumi preview fails with a duplicate resource alias`,
                    hint: `keep '${former}' in the formerly of the one ${kind} that now holds its Auth0 object`,
                });
            } else {
                claimedBy.set(former, item);
            }
        });
    }
    return reports;
}

export const formerlyConflict = defineRule({
    meta: {
        id: "formerly-conflict",
        severity: "error",
        description:
            "Renames that Pulumi cannot carry out: a former key still declared or claimed twice (pulumi up fails), or two entries " +
            "swapping keys (each silently keeps its old Auth0 object).",
        docs: "https://www.pulumi.com/docs/iac/concepts/options/aliases/",
        waivable: false,
    },
    // An API's caller client follows the API's formerly, so APIs speak for both.
    check: (model) => [
        ...conflicts(model.apis, "API"),
        ...conflicts(
            model.clients.filter((c) => c.purpose === "app"),
            "app",
        ),
        ...conflicts(model.roles, "role"),
    ],
});
