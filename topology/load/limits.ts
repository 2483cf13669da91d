// Bounds on what the loader reads, so a hostile or broken file gives a finding instead of
// exhausting memory or time (the YAML parser itself recurses on nesting and expands aliases).
import { APPLICATION_SETTINGS, ENTITY_LIMIT_POLICY, RBAC_LIMITS, URLS_PER_FIELD, type LimitSource } from "../../policies/src/facts/entity-limits";

export const LIMITS = {
    /** Bytes in the topology file. */
    fileBytes: 10 * 1024 * 1024,
    /** Alias expansions while building values (billion-laughs guard). */
    aliases: 100,
    /** Nesting of maps and lists; a real topology needs about 6. */
    depth: 32,
    /**
     * Lines, list items and map entries in the whole file, counted on the text before parsing (line
     * breaks, commas and opening brackets). The largest realistic design the benchmarks use (2,000
     * APIs, 20,000 scopes, 3,000 apps: bench/generate.ts LARGE_SHAPE) has 94,000 lines; the worst
     * file within this limit is checked within seconds and a few hundred MB (bench/README.md).
     */
    entries: 120_000,
} as const;

/**
 * A collection Auth0 bounds: `path` with "*" for any key. `sum`: the items of the lists below the
 * map count (a role's permissions, per API), else the collection's own entries.
 */
export interface CollectionLimit {
    path: readonly string[];
    limit: number;
    /** What is counted, given the keys the "*" steps matched: "scopes on API 'catalog'". */
    what: (keys: readonly string[]) => string;
    /** How Auth0 words the limit. */
    per: string;
    sum?: boolean;
    source: LimitSource;
}

const urlField = (field: string, words: string): CollectionLimit => ({
    path: ["apps", "*", field],
    limit: URLS_PER_FIELD,
    what: ([app]) => `${words} in app '${app}'`,
    per: `${words} per application`,
    source: APPLICATION_SETTINGS,
});

/** A grant names at most the scopes its API has. */
const scopeList = (path: string[], what: CollectionLimit["what"]): CollectionLimit => ({
    path,
    limit: RBAC_LIMITS.scopesPerApi,
    what,
    per: "scopes per API",
    source: ENTITY_LIMIT_POLICY,
});

export const COLLECTION_LIMITS: readonly CollectionLimit[] = [
    { path: ["apis", "*", "scopes"], limit: RBAC_LIMITS.scopesPerApi, what: ([api]) => `scopes on API '${api}'`, per: "scopes per API", source: ENTITY_LIMIT_POLICY },
    { path: ["roles"], limit: RBAC_LIMITS.roles, what: () => "roles", per: "roles per tenant", source: ENTITY_LIMIT_POLICY },
    { path: ["roles", "*", "permissions"], limit: RBAC_LIMITS.permissionsPerRole, what: ([role]) => `permissions in role '${role}'`, per: "permissions per role", sum: true, source: ENTITY_LIMIT_POLICY },
    urlField("callbacks", "callback URLs"),
    urlField("logoutUrls", "logout URLs"),
    urlField("webOrigins", "web origins"),
    urlField("allowedOrigins", "allowed origins (CORS)"),
    scopeList(["apps", "*", "access", "*"], ([app, api]) => `scopes app '${app}' is granted on API '${api}'`),
    scopeList(["apps", "*", "machineAccess", "*"], ([app, api]) => `scopes app '${app}' is granted on API '${api}'`),
    scopeList(["apis", "*", "calls", "*"], ([caller, api]) => `scopes API '${caller}' is granted on API '${api}'`),
];
