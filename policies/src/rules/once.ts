// What several rules compute from the same part of a model (an index, a list of parsed URLs): made
// once per model being checked, and dropped with it.

/** `compute`, remembered per argument (compared by identity) for as long as the argument lives. */
export function oncePer<K extends object, V>(compute: (key: K) => V): (key: K) => V {
    const known = new WeakMap<K, V>();
    return (key) => {
        const remembered = known.get(key);
        if (remembered !== undefined || known.has(key)) return remembered as V;
        const value = compute(key);
        known.set(key, value);
        return value;
    };
}
