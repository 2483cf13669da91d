/** Pairs the elements of two versions by key, in the new version's order, then the removed ones. */
export function matchByKey<T>(before: readonly T[], after: readonly T[], keyOf: (element: T) => string): { before?: T; after?: T }[] {
    const old = new Map(before.map((e) => [keyOf(e), e]));
    const now = new Set(after.map(keyOf));
    return [
        ...after.map((e) => ({ before: old.get(keyOf(e)), after: e })),
        ...before.filter((e) => !now.has(keyOf(e))).map((e) => ({ before: e })),
    ];
}
