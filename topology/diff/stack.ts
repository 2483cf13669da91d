// Changes to the selected stack's settings (Pulumi.<stack>.yaml) between the two versions. Their
// effects on resources (a new identifier, callback or origin) are in the model's changes; these
// say which setting caused them, and what a setting changes by itself.
import type { StackSettings } from "../stack";
import type { Change, FieldChange, RiskNote } from "./changeset";
import { matchByKey } from "./match";

const UNSET = "(not set)";

function variableChanges(base: StackSettings, head: StackSettings): FieldChange[] {
    const names = (s: StackSettings) => Object.keys(s.vars).map((name) => ({ name, value: s.vars[name] }));
    return matchByKey(names(base), names(head), (v) => v.name).flatMap(({ before, after }) => {
        if (before?.value === after?.value) return [];
        const name = (after ?? before)?.name as string;
        return [{ field: `variable ${name}`, before: before?.value ?? UNSET, after: after?.value ?? UNSET }];
    });
}

function risksOf(base: StackSettings, head: StackSettings): RiskNote[] {
    const risks: RiskNote[] = [];
    if (base.domain !== head.domain) {
        risks.push({
            risk: "replaces",
            reason: `the stack deploys to another tenant (auth0:domain ${base.domain ?? UNSET} → ${head.domain ?? UNSET}): every API, client and grant is created there anew, with new client ids`,
        });
    }
    if (base.environment === "production" && head.environment !== "production") {
        risks.push({
            risk: "widens-access",
            reason: "the stack is no longer production: the stricter production rules (wildcard and localhost callbacks, privileged machine clients) stop applying and resources lose deletion protection",
        });
    }
    return risks;
}

/** The stack's settings change: a "stack" change listing every setting and variable that differs. */
export function diffStack(base: StackSettings | undefined, head: StackSettings | undefined): Change[] {
    if (base === undefined || head === undefined) return [];
    const fields: FieldChange[] = [];
    if (base.domain !== head.domain) fields.push({ field: "auth0:domain", before: base.domain ?? UNSET, after: head.domain ?? UNSET });
    if (base.environment !== head.environment) fields.push({ field: "environment", before: base.environment, after: head.environment });
    fields.push(...variableChanges(base, head));
    if (fields.length === 0) return [];
    return [{ kind: "stack", action: "changed", path: `stack ${head.stack}`, summary: `the settings of stack \`${head.stack}\` (Pulumi.${head.stack}.yaml) change`, fields, risks: risksOf(base, head) }];
}
