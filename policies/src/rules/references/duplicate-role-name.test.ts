import { role, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { duplicateRoleName } from "./duplicate-role-name";

testRule(duplicateRoleName, {
    valid: [
        { name: "distinct role names", model: tenant({ roles: [role("editor", {}), role("viewer", {})] }) },
        { name: "names that differ in case only are not known to clash", model: tenant({ roles: [role("editor", {}, { name: "Editor" }), role("editor2", {}, { name: "editor" })] }) },
    ],
    invalid: [
        {
            name: "two keys, one display name",
            model: tenant({ roles: [role("editor", {}, { name: "Editor" }), role("content-editor", {}, { name: "Editor" })] }),
            findings: [{ path: "roles.content-editor.name", severity: "error", message: "like role 'editor'" }],
        },
    ],
});

test("duplicate-role-name cannot be waived: Auth0 refuses the second role", () => {
    expect(duplicateRoleName.meta.waivable).toBe(false);
});
