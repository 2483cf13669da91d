import { SENSITIVE_READ_SCOPES } from "../../management-api";
import { defineRule, type Report } from "../../rule";
import { grantScopePath } from "../model-index";
import { managementGrants } from "./management-grants";
import { own } from "../../own";

const WRITE_SCOPE = /^(create|update|delete):/;
const HINT = "grant only the scopes this client needs, or waive the finding with the reason it must hold them";

/** What a leaked secret of a client holding this scope gives away; undefined for routine reads. */
function exposure(scope: string): string | undefined {
    if (WRITE_SCOPE.test(scope)) return "lets anyone change the tenant";
    const read = own(SENSITIVE_READ_SCOPES, scope);
    return read === undefined ? undefined : `hands anyone ${read}`;
}

export const m2mManagementPrivileged = defineRule({
    meta: {
        id: "m2m-management-privileged",
        severity: "warning",
        production: "error",
        description:
            "A machine client holds Management API scopes that create, update or delete tenant objects, or that read secrets or " +
            "personal data (read:client_keys, read:client_credentials, read:user_idp_tokens, read:users and the like).",
        docs: "https://www.rfc-editor.org/rfc/rfc9700#section-2.3",
    },
    // A grant of every scope is allow-all-scopes-system-api's finding: Auth0 refuses it on the Management API.
    // A tool's client may hold hundreds: the runner folds past the first ten on one app (aggregate.ts).
    check(model) {
        const reports: Report[] = [];
        for (const { grant, client } of managementGrants(model)) {
            if (grant.subjectType !== "client") continue;
            const flagged = grant.scopes.flatMap((scope, index) => {
                const gives = exposure(scope);
                return gives === undefined ? [] : [{ scope, path: grantScopePath(grant, index), gives }];
            });
            for (const { scope, path, gives } of flagged) {
                reports.push({
                    source: grant.source,
                    path,
                    message: `machine client '${client.key}' holds Management API scope '${scope}': a leaked secret ${gives}`,
                    hint: HINT,
                });
            }
        }
        return reports;
    },
});
