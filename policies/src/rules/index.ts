// The rule catalog: every rule module, in catalog order (see docs/rules.md sections A-J).
import type { Rule } from "../rule";
import { UNUSED_WAIVER_RULE } from "../run";

export const rules: readonly Rule[] = [UNUSED_WAIVER_RULE];

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.meta.id, r]));
