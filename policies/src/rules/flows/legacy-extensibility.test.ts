import { tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { legacyExtensibility } from "./legacy-extensibility";

const extension = (kind: "rule" | "hook", key: string) => ({ kind, key, name: `${key} name`, source: { path: `${kind}s.${key}`, urn: `urn:pulumi:dev::p::auth0:index/${kind}:${kind}::${key}` } });

testRule(legacyExtensibility, {
    valid: [
        { name: "no rules or hooks", model: tenant({}) },
        { name: "an empty list", model: { ...tenant({}), legacyExtensions: [] } },
    ],
    invalid: [
        {
            name: "a rule",
            model: { ...tenant({}), legacyExtensions: [extension("rule", "add-roles")] },
            findings: [{ path: "rules.add-roles", severity: "error", message: "Rule 'add-roles name'" }],
        },
        {
            name: "a hook",
            model: { ...tenant({}), legacyExtensions: [extension("hook", "pre-register")] },
            findings: [{ path: "hooks.pre-register", severity: "error", message: "Hooks, which reached end of life" }],
        },
    ],
});
