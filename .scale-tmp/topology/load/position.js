"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Locator = void 0;
exports.pathText = pathText;
// Topology paths and where they are in the file. A path is a list of keys and list indexes; its text
// form joins them with dots (apps.storefront.callbacks.0), the form every finding and rule uses.
const yaml_1 = require("yaml");
function pathText(path) {
    return path.join(".");
}
/** The deepest node on `path` (a key node for map steps) and whether the whole path was found. */
function walk(doc, path) {
    let node = doc.contents;
    let deepest = doc.contents ?? undefined;
    for (const segment of path) {
        if ((0, yaml_1.isMap)(node)) {
            const pair = node.items.find((p) => (0, yaml_1.isScalar)(p.key) && String(p.key.value) === String(segment));
            if (pair === undefined)
                return { complete: false, deepest };
            deepest = pair.key ?? deepest;
            node = pair.value;
        }
        else if ((0, yaml_1.isSeq)(node) && typeof segment === "number" && segment < node.items.length) {
            node = node.items[segment];
            deepest = node;
        }
        else {
            return { complete: false, deepest };
        }
    }
    return { complete: true, deepest };
}
/**
 * Finds file positions of topology paths. A path that points at a map entry resolves to its key
 * (where people look for it); a path that is not in the file resolves to its nearest ancestor.
 */
class Locator {
    doc;
    lines;
    file;
    constructor(doc, lines, file) {
        this.doc = doc;
        this.lines = lines;
        this.file = file;
    }
    position(path) {
        const { deepest } = walk(this.doc, path);
        return this.at(deepest?.range?.[0] ?? 0);
    }
    /** Whether the path is written in the file (as opposed to a default or a missing key). */
    has(path) {
        return walk(this.doc, path).complete;
    }
    at(offset) {
        const { line, col } = this.lines.linePos(offset);
        return { line, column: col };
    }
    source(path) {
        return { path: pathText(path), file: this.file, ...this.position(path) };
    }
}
exports.Locator = Locator;
//# sourceMappingURL=position.js.map