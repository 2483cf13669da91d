// The rule catalog: every rule module, in catalog order (see docs/rules.md sections A-J).
import type { Rule } from "../rule";
import { UNUSED_WAIVER_RULE } from "../run";
import { accessRules } from "./access";
import { audienceRules } from "./audiences";
import { flowRules } from "./flows";
import { limitRules } from "./limits";
import { managementRules } from "./management";
import { rbacRules } from "./rbac";
import { redirectRules } from "./redirects";
import { referenceRules } from "./references";
import { secretRules } from "./secrets";
import { tokenRules } from "./tokens";

export const rules: readonly Rule[] = [
    ...referenceRules,
    ...managementRules,
    ...flowRules,
    ...redirectRules,
    ...tokenRules,
    ...rbacRules,
    ...accessRules,
    ...audienceRules,
    ...limitRules,
    ...secretRules,
    UNUSED_WAIVER_RULE,
];

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.meta.id, r]));
