// What a change to the topology does, as data: the diff computes it once and every renderer
// (markdown for pull requests, json for scripts) only formats it.
import type { Finding } from "../../policies/src/rule";

/**
 * The risk labels a reviewer scans for.
 * refused: `pulumi up` (or Auth0) refuses the change as written; the note says how to make it.
 * replaces: Auth0 or Pulumi recreates a resource (new audience, new client id).
 * widens-access: someone may obtain tokens, scopes or redirects they could not before.
 * breaks-callers: something a caller uses today stops working.
 * deletes: an object is removed from the tenant, with what depended on it.
 */
export const RISKS = ["refused", "replaces", "widens-access", "breaks-callers", "deletes"] as const;
export type Risk = (typeof RISKS)[number];

export interface RiskNote {
    risk: Risk;
    /** Names what breaks, widens or is recreated, in words a reviewer understands without the YAML. */
    reason: string;
}

export type ElementKind = "stack" | "tenant" | "api" | "scope" | "app" | "grant" | "role" | "waiver";
export type Action = "added" | "removed" | "changed";

/** One field of an element that differs between the two versions. */
export interface FieldChange {
    field: string;
    before: string;
    after: string;
}

export interface Change {
    kind: ElementKind;
    action: Action;
    /** Topology path in the new version (in the old one for removals), for example apps.storefront. */
    path: string;
    /** Line in the new version's file (old one for removals) when known. */
    line?: number;
    /** One sentence naming the element and what happened to it. */
    summary: string;
    fields: FieldChange[];
    risks: RiskNote[];
}

/** Who may obtain which scopes for an API: an app or API backend (as a user or as itself) or a role. */
export interface AccessKey {
    /** Display name of the subject, for example "storefront (spa)" or "role merchandiser". */
    subject: string;
    /** "user": on behalf of a signed-in user; "machine": client credentials; "role": permissions held by users. */
    via: "user" | "machine" | "role";
    api: string;
}

export interface AccessDelta extends AccessKey {
    before: string[];
    after: string[];
    added: string[];
    removed: string[];
}

export interface FindingDelta {
    /** Findings of the new version that the old one did not have. */
    added: Finding[];
    /** Findings of the old version that the new one no longer has. */
    resolved: Finding[];
}

export interface ChangeSet {
    changes: Change[];
    access: AccessDelta[];
    findings: FindingDelta;
}

export function risksOf(changeSet: ChangeSet): Record<Risk, number> {
    const counts = Object.fromEntries(RISKS.map((r) => [r, 0])) as Record<Risk, number>;
    for (const change of changeSet.changes) for (const risk of new Set(change.risks.map((n) => n.risk))) counts[risk] += 1;
    return counts;
}

export function isEmpty(changeSet: ChangeSet): boolean {
    return changeSet.changes.length === 0 && changeSet.findings.added.length === 0 && changeSet.findings.resolved.length === 0;
}
