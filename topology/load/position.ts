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

/**
 * Finds file positions of topology paths. A path that points at a map entry resolves to its key
 * (where people look for it); a path that is not in the file resolves to its nearest ancestor.
 * Two kinds: over the yaml library's document, and over the fast reader's parse (event-locator.ts).
 */
export abstract class Locator {
    constructor(
        readonly file: string,
        /** false: the sources it gives have a path but no line and column (see LoadOptions.positions). */
        readonly placed: boolean,
    ) {}

    /** The offset of the deepest key (map step) or item (list step) written on `path`. */
    protected abstract offsetOf(path: readonly PathSegment[]): number;

    /** The segments of a path's text form, list steps as numbers where the file has a list. */
    protected abstract segmentsOf(text: string): PathSegment[];

    /** Where the node at `path` itself (a map entry's value, not its key) starts and ends. */
    abstract range(path: readonly PathSegment[]): readonly [number, number] | undefined;

    /** The file's line starts: yaml's own counter, which both kinds fill. */
    protected abstract lines(): LineCounter;

    at(offset: number): Position {
        const { line, col } = this.lines().linePos(offset);
        return { line, column: col };
    }

    position(path: readonly PathSegment[]): Position {
        return this.at(this.offsetOf(path));
    }

    /** The position of the node at `path` itself. */
    valuePosition(path: readonly PathSegment[]): Position {
        const range = this.range(path);
        return range === undefined ? this.position(path) : this.at(range[0]);
    }

    /** The position of a path in its text form (as findings carry it). */
    positionOfText(path: string): Position {
        return this.position(this.segmentsOf(path));
    }

    source(path: readonly PathSegment[]): Source {
        return new FileSource(this, path);
    }
}

/** Positions in the yaml library's document: for the files the fast reader declines, and stack files. */
export class DocumentLocator extends Locator {
    private readonly pairOf = pairLookup();

    constructor(
        readonly doc: Document,
        private readonly lineCounter: LineCounter,
        file: string,
        placed = true,
    ) {
        super(file, placed);
    }

    /**
     * The node at `path` (undefined when the file does not have it), and the deepest node written on
     * it: the key node for a map step, the item for a list step.
     */
    private walk(path: readonly PathSegment[]): { node: Node | undefined; deepest: Node | undefined } {
        let node: Node | undefined = this.doc.contents ?? undefined;
        let deepest = node;
        for (const segment of path) {
            if (isMap(node)) {
                const pair = this.pairOf(node, String(segment));
                if (pair === undefined) return { node: undefined, deepest };
                deepest = (pair.key as Node | null) ?? deepest;
                node = (pair.value as Node | null) ?? undefined;
            } else if (isSeq(node) && typeof segment === "number" && segment < node.items.length) {
                node = node.items[segment] as Node;
                deepest = node;
            } else {
                return { node: undefined, deepest };
            }
        }
        return { node, deepest };
    }

    protected offsetOf(path: readonly PathSegment[]): number {
        return this.walk(path).deepest?.range?.[0] ?? 0;
    }

    protected segmentsOf(text: string): PathSegment[] {
        let node: unknown = this.doc.contents;
        return pathSegments(text).map((segment) => {
            if (isSeq(node) && /^\d+$/.test(segment)) {
                node = node.items[Number(segment)];
                return Number(segment);
            }
            node = isMap(node) ? this.pairOf(node, segment)?.value : undefined;
            return segment;
        });
    }

    range(path: readonly PathSegment[]): readonly [number, number] | undefined {
        const range = this.walk(path).node?.range;
        return range === undefined || range === null ? undefined : [range[0], range[1]];
    }

    protected lines(): LineCounter {
        return this.lineCounter;
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
