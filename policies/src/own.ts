// Objects whose keys come from input: topology keys, stack config, tenant exports, resource
// properties, and the vocabulary tables such keys are looked up in. A lookup must find only what
// the object holds itself ('constructor' or 'toString' are not Object.prototype's members here),
// and '__proto__' stays an ordinary key. The one way: tables built from input are Maps, or plain
// objects made with Object.fromEntries (own properties, '__proto__' included), and a plain object
// is read by an input key through own().

/** The table's own value for the key; undefined when the table does not hold the key itself. */
export function own<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
    return Object.hasOwn(table, key) ? table[key] : undefined;
}
