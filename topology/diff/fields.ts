// Field-by-field comparison of one element in two versions. Each element kind lists its fields
// once, with how to show a value and which risks a change of it carries.
import type { TenantModel } from "../../policies/src/model";
import type { FieldChange, RiskNote } from "./changeset";

export interface DiffContext {
    /** The old version, its keys already rewritten through declared renames. */
    base: TenantModel;
    head: TenantModel;
    /** The stack the change is deployed to, to name its resources' URNs. */
    stack?: string;
}

export interface FieldRule<T> {
    field: string;
    /** A comparable form of the value (arrays that are sets are sorted). */
    value(element: T): unknown;
    show(element: T): string;
    risks?(before: T, after: T, context: DiffContext): RiskNote[];
}

export function compareFields<T>(rules: readonly FieldRule<T>[], before: T, after: T, context: DiffContext): { fields: FieldChange[]; risks: RiskNote[] } {
    const fields: FieldChange[] = [];
    const risks: RiskNote[] = [];
    for (const rule of rules) {
        if (JSON.stringify(rule.value(before)) === JSON.stringify(rule.value(after))) continue;
        fields.push({ field: rule.field, before: rule.show(before), after: rule.show(after) });
        risks.push(...(rule.risks?.(before, after, context) ?? []));
    }
    return { fields, risks };
}

export const sorted = (values: readonly string[]): string[] => [...new Set(values)].sort();

export function setDelta(before: readonly string[], after: readonly string[]): { added: string[]; removed: string[] } {
    const b = new Set(before);
    const a = new Set(after);
    return { added: sorted(after.filter((v) => !b.has(v))), removed: sorted(before.filter((v) => !a.has(v))) };
}

/** A plain field: shown as is, no risk of its own. */
export function plain<T>(field: string, get: (element: T) => string | number | boolean | undefined): FieldRule<T> {
    return { field, value: get, show: (e) => String(get(e) ?? "(none)") };
}

/** A set-valued field whose additions and removals carry their own risks; `display` shows one value. */
export function setField<T>(
    field: string,
    get: (element: T) => readonly string[],
    assess: (delta: { added: string[]; removed: string[] }, after: T, context: DiffContext) => RiskNote[],
    display: (value: string) => string = (value) => value,
): FieldRule<T> {
    return {
        field,
        value: (e) => sorted(get(e)),
        show: (e) => (get(e).length === 0 ? "(none)" : sorted(get(e)).map(display).join(", ")),
        risks: (before, after, context) => assess(setDelta(get(before), get(after)), after, context),
    };
}

/** A risk note only when the condition holds. */
export function when(condition: boolean, note: RiskNote): RiskNote[] {
    return condition ? [note] : [];
}
