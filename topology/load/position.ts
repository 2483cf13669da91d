// Topology paths and where they are in the file. A path is a list of keys and list indexes; its text
// form (policies/src/path.ts) is what every finding and rule uses.
import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair, type YAMLMap } from "yaml";
import type { Source } from "../../policies/src/model";
import { pathSegments, pathText, type PathSegment } from "../../policies/src/path";

export { pathText, type PathSegment };

export interface Position {
    line: number;
    column: number;
}

type PairLookup = (map: YAMLMap, key: string) => Pair | undefined;

/**
 * Finds a map's pair by key through an index built once per map: scanning the items for each
 * lookup would make locating every element of a file with thousands of APIs quadratic.
 */
function pairLookup(): PairLookup {
    const indexes = new WeakMap<YAMLMap, Map<string, Pair>>();
    return (map, key) => {
        let index = indexes.get(map);
        if (index === undefined) {
            index = new Map();
            for (const pair of map.items) {
                // The first of duplicate keys, as a scan would find it.
                if (isScalar(pair.key) && !index.has(String(pair.key.value))) index.set(String(pair.key.value), pair as Pair);
            }
            indexes.set(map, index);
        }
        return index.get(key);
    };
}

/** The deepest node written on `path`: the key node for a map step, the item for a list step. */
function deepestNode(doc: Document, path: readonly PathSegment[], pairOf: PairLookup): Node | undefined {
    let node: Node | undefined | null = doc.contents;
    let deepest: Node | undefined = doc.contents ?? undefined;
    for (const segment of path) {
        if (isMap(node)) {
            const pair = pairOf(node, String(segment));
            if (pair === undefined) break;
            deepest = (pair.key as Node | null) ?? deepest;
            node = pair.value as Node | null;
        } else if (isSeq(node) && typeof segment === "number" && segment < node.items.length) {
            node = node.items[segment] as Node;
            deepest = node;
        } else {
            break;
        }
    }
    return deepest;
}

/** The segments of a path's text form, list steps as numbers where the document has a list. */
function segmentsOf(doc: Document, text: string, pairOf: PairLookup): PathSegment[] {
    let node: unknown = doc.contents;
    return pathSegments(text).map((segment) => {
        if (isSeq(node) && /^\d+$/.test(segment)) {
            node = node.items[Number(segment)];
            return Number(segment);
        }
        node = isMap(node) ? pairOf(node, segment)?.value : undefined;
        return segment;
    });
}

/** The yaml library's document of a file and its line starts. */
export interface YamlDocument {
    doc: Document;
    lines: LineCounter;
}

/**
 * Finds file positions of topology paths. A path that points at a map entry resolves to its key
 * (where people look for it); a path that is not in the file resolves to its nearest ancestor.
 * The document is made when first needed: a file read by the fast reader (fast-yaml.ts) whose
 * findings need no position is never parsed by the yaml library.
 */
export class Locator {
    private readonly pairOf = pairLookup();
    #parsed: YamlDocument | undefined;

    constructor(
        private readonly parse: () => YamlDocument,
        readonly file: string,
        /** false: the sources it gives have a path but no line and column (see LoadOptions.positions). */
        readonly placed = true,
    ) {}

    get doc(): Document {
        return this.#document().doc;
    }

    #document(): YamlDocument {
        return (this.#parsed ??= this.parse());
    }

    position(path: readonly PathSegment[]): Position {
        return this.at(deepestNode(this.doc, path, this.pairOf)?.range?.[0] ?? 0);
    }

    /** The node written at `path` itself: for a map entry its value, not its key. */
    node(path: readonly PathSegment[]): Node | undefined {
        let node: unknown = this.doc.contents;
        for (const segment of path) {
            if (isMap(node)) node = this.pairOf(node, String(segment))?.value;
            else if (isSeq(node) && typeof segment === "number") node = node.items[segment];
            else return undefined;
        }
        return (node as Node | null | undefined) ?? undefined;
    }

    /** The position of the node at `path` itself (a map entry's value, not its key). */
    valuePosition(path: readonly PathSegment[]): Position {
        const start = this.node(path)?.range?.[0];
        return start === undefined ? this.position(path) : this.at(start);
    }

    /** The position of a path in its text form (as findings carry it). */
    positionOfText(path: string): Position {
        return this.position(segmentsOf(this.doc, path, this.pairOf));
    }

    at(offset: number): Position {
        const { line, col } = this.#document().lines.linePos(offset);
        return { line, column: col };
    }

    source(path: readonly PathSegment[]): Source {
        return new FileSource(this, path);
    }
}

/**
 * Where a model element is written. Its path text, line and column are made when first read (for
 * a finding or a diff row: a few of a large tenant's 30,000 elements), not when the model is built.
 * The file is its only own property: copy one with `{ ...source }` and the rest is lost.
 */
class FileSource implements Source {
    readonly file: string;
    readonly #locator: Locator;
    readonly #segments: readonly PathSegment[];
    #path: string | undefined;
    #found: Position | undefined;

    constructor(locator: Locator, segments: readonly PathSegment[]) {
        this.file = locator.file;
        this.#locator = locator;
        this.#segments = segments;
    }

    get path(): string {
        return (this.#path ??= pathText(this.#segments));
    }

    get line(): number | undefined {
        return this.#locator.placed ? this.#position().line : undefined;
    }

    get column(): number | undefined {
        return this.#locator.placed ? this.#position().column : undefined;
    }

    #position(): Position {
        return (this.#found ??= this.#locator.position(this.#segments));
    }
}
