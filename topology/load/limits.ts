// Bounds on what the loader reads, so a hostile or broken file gives a finding instead of
// exhausting memory or time (the YAML parser itself recurses on nesting and expands aliases).
export const LIMITS = {
    /** Bytes in the topology file. */
    fileBytes: 10 * 1024 * 1024,
    /** Alias expansions while building values (billion-laughs guard). */
    aliases: 100,
    /** Nesting of maps and lists; a real topology needs about 6. */
    depth: 32,
    /** Map entries and list items in the whole file. */
    entries: 500_000,
} as const;
