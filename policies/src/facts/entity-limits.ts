// Auth0's limits on how many entities a tenant and each of its objects may hold. The tenant-limits
// rule judges a model against them; the topology loader refuses a collection past its limit before
// building anything from it (Auth0 would refuse the design anyway, and a hostile file must not make
// the checker build hundreds of thousands of elements).
import type { Plan } from "../model";

export interface LimitSource {
    /** The public page that states the limit. */
    url: string;
    /** Where it was read: the docs repository, its file and commit (or an older page). */
    readFrom: string;
}

export const ENTITY_LIMIT_POLICY: LimitSource = {
    url: "https://auth0.com/docs/troubleshoot/customer-support/operational-policies/entity-limit-policy",
    readFrom: "auth0/docs-v2 main/docs/troubleshoot/customer-support/operational-policies/entity-limit-policy.mdx at 092b879e (2026-08-20)",
};

export const APPLICATION_SETTINGS: LimitSource = {
    url: "https://auth0.com/docs/get-started/applications/application-settings",
    // The current page states 100 for web origins; the callback, logout and CORS fields had the same
    // note ("up to 100 URLs in the Allowed Callback URLs, Allowed Web Origins, Allowed Logout URLs,
    // Allowed Origins (CORS) fields") until the page was rewritten in auth0/docs-v2#372.
    readFrom: "auth0/docs-v2 main/docs/get-started/applications/application-settings.mdx at 092b879e, and its text before 9dd30f15",
};

/** Created APIs, applications and client grants, per subscription plan. */
export const PLAN_LIMITS: Readonly<Record<Plan, { apis: number; apps: number; grants: number }>> = {
    free: { apis: 10, apps: 10, grants: 100 },
    "self-service": { apis: 100, apps: 100, grants: 10_000 },
    enterprise: { apis: 100_000, apps: 100_000, grants: 100_000 },
};

/** RBAC limits, the same on every plan (Entity Limit Policy). */
export const RBAC_LIMITS = {
    scopesPerApi: 1000,
    roles: 1000,
    permissionsPerRole: 1000,
} as const;

/** URLs in each of an application's URL fields (callbacks, logout URLs, web origins, CORS origins). */
export const URLS_PER_FIELD = 100;
