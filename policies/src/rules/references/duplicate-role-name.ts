import { defineRule } from "../../rule";
import { sameNames } from "./duplicate-name";

export const duplicateRoleName = defineRule({
    meta: {
        id: "duplicate-role-name",
        severity: "error",
        description: "Two roles share a name, which Auth0 refuses (409 Conflict: the role already exists).",
        docs: "https://auth0.com/docs/api/management/v2/roles/post-roles",
        waivable: false,
    },
    // Exact names: whether Auth0 also compares them without case is not documented, and this cannot be waived.
    check: (model) =>
        sameNames(model.roles, "role", (name) => name).map((report) => ({
            ...report,
            path: `${report.source.path}.name`,
            hint: "give each role its own name: the second one can never be created",
        })),
});
