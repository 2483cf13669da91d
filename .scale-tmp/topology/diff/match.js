"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.matchByKey = matchByKey;
/** Pairs the elements of two versions by key, in the new version's order, then the removed ones. */
function matchByKey(before, after, keyOf) {
    const old = new Map(before.map((e) => [keyOf(e), e]));
    const now = new Set(after.map(keyOf));
    return [
        ...after.map((e) => ({ before: old.get(keyOf(e)), after: e })),
        ...before.filter((e) => !now.has(keyOf(e))).map((e) => ({ before: e })),
    ];
}
//# sourceMappingURL=match.js.map