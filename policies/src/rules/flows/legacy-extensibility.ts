import { defineRule } from "../../rule";

// Auth0: "The End of Life (EOL) date of Rules and Hooks will be November 18, 2026, and they are no
// longer available to new tenants created as of October 16, 2023" (docs customize/rules, customize/hooks).
export const legacyExtensibility = defineRule({
    meta: {
        id: "legacy-extensibility",
        severity: "error",
        description: "The stack creates an Auth0 Rule or Hook: both reached end of life on November 18, 2026; Actions replace them.",
        docs: "https://auth0.com/docs/customize/rules",
    },
    check(model) {
        return (model.legacyExtensions ?? []).map((extension) => ({
            source: extension.source,
            message: `${extension.kind === "rule" ? "Rule" : "Hook"} '${extension.name}' uses Auth0's ${extension.kind === "rule" ? "Rules" : "Hooks"}, which reached end of life on November 18, 2026`,
            hint: `move its logic to an Action (auth0.Action bound with auth0.TriggerAction): https://auth0.com/docs/customize/actions/migrate/migrate-from-${extension.kind}s-to-actions`,
        }));
    },
});
