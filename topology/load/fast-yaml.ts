// The plain values of a topology file read by js-yaml, about five times faster than the yaml
// library builds its document (1,000 APIs: 90 against 560 ms; bench/README.md). The yaml library
// stays the authority: it reads every file this reader declines, so that it reports what is wrong
// and where. The reader declines whatever the two libraries might read differently: any error of
// js-yaml, anchors and aliases, directives, tags, tabs in indentation, lone carriage returns,
// duplicate keys (js-yaml refuses them), keys over 1,024 characters and keys that could have been
// written as numbers, booleans or null.
import { constructFromEvents, defineScalarTag, mapTag, NOT_RESOLVED, parseEvents, Schema, seqTag, strTag, type Event } from "js-yaml";
import { isScalar, Schema as YamlSchema, type ParseOptions } from "yaml";

const RESOLVE_OPTIONS = { intAsBigInt: false } as ParseOptions;

/**
 * How every null, bool, int and float of the YAML 1.2 core schema starts (its regular
 * expressions, yaml's `test`s, allow no other first character): js-yaml tries the resolvers only
 * on plain scalars that start so, and other text stays a string as it does in yaml.
 */
const FIRST_CHARS = ["", "~", "n", "N", "t", "T", "f", "F", "+", "-", ".", ..."0123456789"];

/**
 * The yaml library's own YAML 1.2 core resolution of plain scalars (null, bool, int, float, in its
 * order), as js-yaml tags: both read `0x1F`, `.inf` and `1e400` alike by construction. Private tag
 * names: an explicit `!!int` cannot select them (tags are declined anyway).
 */
const CORE_TAGS = new YamlSchema({ schema: "core" }).tags;

const CORE_SCALARS = CORE_TAGS.flatMap((tag, index) => {
    const { test } = tag;
    if (tag.default !== true || test === undefined || !("resolve" in tag)) return [];
    return [
        defineScalarTag(`tag:auth0-topology,2026:core-${index}`, {
            implicit: true,
            implicitFirstChars: FIRST_CHARS,
            identify: () => false,
            resolve: (source, isExplicit) => {
                if (isExplicit || !test.test(source)) return NOT_RESOLVED;
                const value = tag.resolve(source, () => undefined, RESOLVE_OPTIONS);
                return isScalar(value) ? value.value : value;
            },
        }),
    ];
});

const SCHEMA = new Schema([strTag, seqTag, mapTag, ...CORE_SCALARS]);

/**
 * A directive line (`%YAML 1.1` changes how yaml reads the rest), a tag (`!`, `!!float`) or an
 * anchor (`&a`; js-yaml also takes `&a{`, which yaml refuses) where a node may start, a tab in a
 * line's indentation (js-yaml reads `\tx` as x; yaml refuses it) or a lone carriage return (a line
 * break to js-yaml, not to yaml).
 */
const DECLINED_TEXT = /^%|(?:^|[\s[\]{},])[!&]|^ *\t|\r(?!\n)/m;

/** Keys the yaml library keeps as written but js-yaml turns into the text of what they resolve to (`0x1F` into "31"). */
const CORE_TESTS = CORE_TAGS.flatMap((tag) => (tag.default === true && tag.test !== undefined ? [tag.test] : []));
const NUMBER_NAMES = new Set(["Infinity", "-Infinity", "NaN"]);
/** yaml refuses an implicit key longer than this; js-yaml does not. */
const MAX_KEY_LENGTH = 1024;

const doubtfulKey = (key: string) => key.length > MAX_KEY_LENGTH || NUMBER_NAMES.has(key) || CORE_TESTS.some((test) => test.test(key));

/** Whether every key below `value` reads the same in both libraries. Walked without recursion. */
function keysAgree(value: unknown): boolean {
    const stack = [value];
    while (stack.length > 0) {
        const node = stack.pop();
        if (Array.isArray(node)) {
            for (const item of node) if (typeof item === "object" && item !== null) stack.push(item);
        } else if (typeof node === "object" && node !== null) {
            for (const key of Object.keys(node)) {
                if (doubtfulKey(key)) return false;
                const item = (node as Record<string, unknown>)[key];
                if (typeof item === "object" && item !== null) stack.push(item);
            }
        }
    }
    return true;
}

/**
 * The file's values and the parse's events (their source offsets place findings: event-locator.ts),
 * or undefined when the yaml library must read it (see the top of this file).
 */
export function fastValues(text: string): { data: unknown; events: Event[] } | undefined {
    if (DECLINED_TEXT.test(text)) return undefined;
    let events: Event[];
    let documents: unknown[];
    try {
        events = parseEvents(text, {});
        documents = constructFromEvents(events, { source: text, schema: SCHEMA, maxAliases: 0 });
    } catch {
        return undefined;
    }
    if (documents.length !== 1) return undefined;
    const data = documents[0];
    return keysAgree(data) ? { data, events } : undefined;
}
