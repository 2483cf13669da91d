// Positions from the fast reader's own parse (js-yaml's events, which hold source offsets), so
// that placing the findings of a file it read needs no second parse. Built when first asked.
// Keys, items and values start where the yaml library's document says they do
// (test/load/fast-yaml.test.ts compares them).
import { EVENT_ID, getScalarValue, SCALAR_STYLE, type Event, type ScalarEvent } from "js-yaml";
import { LineCounter } from "yaml";
import { pathSegments } from "../../policies/src/path";
import { Locator, type PathSegment } from "./position";

/** A node of the file: where it starts and ends, and its entries (a map) or items (a list). */
interface Place {
    start: number;
    end: number;
    entries?: Map<string, { keyStart: number; place: Place }>;
    items?: Place[];
}

/** What introduces a value or an item (`:`, `-`, `?`) next, with the spaces after it. */
const INDICATOR = /\s*[-:?][ \t]*/y;

/** A block scalar's indicator with its chomping and indentation indicators, to the end of its line. */
const BLOCK_HEADER = /[|>][0-9+-]*[ \t]*(?:#.*)?\r?$/;

/** The start and end of a scalar as the yaml library gives them: quotes and block indicators included. */
function scalarRange(text: string, event: ScalarEvent, after: number): [number, number] {
    const { valueStart, valueEnd, style } = event;
    if (valueStart < 0) {
        // An empty value (`key:`, `- `) has no text: yaml places it after its indicator and the
        // spaces that follow, and gives one without an indicator (`{a, b: c}`) no place.
        INDICATOR.lastIndex = after;
        const start = INDICATOR.test(text) ? INDICATOR.lastIndex : -1;
        return [start, start];
    }
    if (style === SCALAR_STYLE.SINGLE_QUOTED || style === SCALAR_STYLE.DOUBLE_QUOTED) return [valueStart - 1, valueEnd + 1];
    if (style === SCALAR_STYLE.LITERAL_BLOCK || style === SCALAR_STYLE.FOLDED_BLOCK) {
        // The text starts on the line after its header (`|-`, `>2 # comment`); yaml starts it at the indicator.
        const headerEnd = text[valueStart - 1] === "\n" ? valueStart - 1 : valueStart;
        const lineStart = text.lastIndexOf("\n", headerEnd - 1) + 1;
        const indicator = BLOCK_HEADER.exec(text.slice(lineStart, headerEnd));
        return [indicator === null ? valueStart : lineStart + indicator.index, valueEnd];
    }
    return [valueStart, valueEnd];
}

/** The file's nodes, from its events: one pass, a stack of the open collections. */
function placesOf(text: string, events: readonly Event[]): Place | undefined {
    let root: Place | undefined;
    const open: Array<{ place: Place; key?: { name: string; start: number } }> = [];
    /** Where the last key, value or collection seen starts or ends. */
    let after = 0;
    const add = (place: Place) => {
        const parent = open[open.length - 1];
        if (parent === undefined) root = place;
        else if (parent.place.items !== undefined) parent.place.items.push(place);
        else if (parent.key !== undefined) {
            parent.place.entries!.set(parent.key.name, { keyStart: parent.key.start, place });
            parent.key = undefined;
        }
    };
    for (const event of events) {
        if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
            const place: Place = event.type === EVENT_ID.MAPPING ? { start: event.start, end: event.start, entries: new Map() } : { start: event.start, end: event.start, items: [] };
            add(place);
            open.push({ place });
            after = event.start;
        } else if (event.type === EVENT_ID.SCALAR) {
            const parent = open[open.length - 1];
            const [start, end] = scalarRange(text, event, after);
            if (end >= 0) after = end;
            if (parent?.place.entries !== undefined && parent.key === undefined) parent.key = { name: getScalarValue(text, event), start };
            else add({ start, end });
        } else if (event.type === EVENT_ID.POP) {
            open.pop();
        }
    }
    return root;
}

export class EventLocator extends Locator {
    #root: Place | undefined | null = null;
    #lines: LineCounter | undefined;

    constructor(
        private readonly text: string,
        private readonly events: readonly Event[],
        file: string,
        placed = true,
    ) {
        super(file, placed);
    }

    #places(): Place | undefined {
        if (this.#root === null) this.#root = placesOf(this.text, this.events);
        return this.#root;
    }

    /** The place at `path`, or with `deepest` the offset of the deepest key or item found on it. */
    #walk(path: readonly PathSegment[]): { place: Place | undefined; deepest: number } {
        let place = this.#places();
        let deepest = place?.start ?? 0;
        for (const segment of path) {
            const entry = place?.entries?.get(String(segment));
            if (entry !== undefined) {
                deepest = entry.keyStart;
                place = entry.place;
            } else if (place?.items !== undefined && typeof segment === "number" && segment < place.items.length) {
                place = place.items[segment]!;
                deepest = place.start;
            } else {
                return { place: undefined, deepest };
            }
        }
        return { place, deepest };
    }

    protected offsetOf(path: readonly PathSegment[]): number {
        return Math.max(this.#walk(path).deepest, 0);
    }

    protected segmentsOf(text: string): PathSegment[] {
        let place = this.#places();
        return pathSegments(text).map((segment) => {
            if (place?.items !== undefined && /^\d+$/.test(segment)) {
                place = place.items[Number(segment)];
                return Number(segment);
            }
            place = place?.entries?.get(segment)?.place;
            return segment;
        });
    }

    range(path: readonly PathSegment[]): readonly [number, number] | undefined {
        const { place } = this.#walk(path);
        return place === undefined || place.start < 0 ? undefined : [place.start, place.end];
    }

    protected lines(): LineCounter {
        return (this.#lines ??= lineCounterOf(this.text));
    }
}

/** What the yaml parser records as it reads: the offset where each line starts. */
function lineCounterOf(text: string): LineCounter {
    const lines = new LineCounter();
    lines.addNewLine(0);
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lines.addNewLine(i + 1);
    return lines;
}
