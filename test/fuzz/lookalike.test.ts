// Lookalike text planted at random places, through both front ends: an invisible or bidi character
// in any key or string of a topology, a Cyrillic or Greek twin of a Latin letter in a host, a key
// or a scope of a topology or of a stack's resources. Each is found, once, where it was planted.
import fc from "fast-check";
import { stringify } from "yaml";
import { benchTopology } from "../../bench/generate";
import { LATIN_CONFUSABLES } from "../../policies/src/facts/unicode-security";
import { analyzeResources } from "../../policies/src/pack/analysis";
import type { PackResource } from "../../policies/src/pack/resource";
import { pathText, type PathSegment } from "../../policies/src/path";
import type { Finding } from "../../policies/src/rule";
import { checkTopology } from "../../topology/check";
import { coherentStack } from "../pack/stacks";
import { fuzzRuns } from "../support/fuzz-runs";

const FILE = "/fuzz/lookalike.yaml";
const RULE = "lookalike-text";

/** Zero-width, joiners, bidi embeddings, overrides and isolates, marks, NEL, line separator, soft hyphen, BOM. */
const HIDDEN = ["\u200B", "\u200C", "\u200E", "\u202A", "\u202E", "\u2066", "\u2069", "\u061C", "\u0085", "\u2028", "\u00AD", "\u2060", "\uFEFF", "\u0007"];

/** Latin letter -> its Cyrillic and Greek twins, from the confusables data the rule uses. */
const TWINS = new Map<string, string[]>();
for (const [code, ascii] of LATIN_CONFUSABLES) if (ascii.length === 1) TWINS.set(ascii, [...(TWINS.get(ascii) ?? []), String.fromCodePoint(code)]);

type Json = unknown;

/** Every string key and string value of a JSON value, with its path (a key's path ends in the key). */
function places(value: Json, path: PathSegment[] = []): Array<{ path: PathSegment[]; key: boolean }> {
    if (typeof value === "string") return [{ path, key: false }];
    if (Array.isArray(value)) return value.flatMap((item, index) => places(item, [...path, index]));
    if (typeof value !== "object" || value === null) return [];
    return Object.entries(value).flatMap(([key, item]) => [{ path: [...path, key], key: true }, ...places(item, [...path, key])]);
}

/** Rewrites the key or string at `path` with `edit`; returns the path the text has afterwards. */
function plant(value: Json, path: PathSegment[], key: boolean, edit: (text: string) => string): PathSegment[] {
    const parent = path.slice(0, -1).reduce<Json>((node, segment) => (node as Record<string | number, Json>)[segment], value) as Record<string | number, Json>;
    const last = path.at(-1)!;
    if (!key) {
        parent[last] = edit(parent[last] as string);
        return path;
    }
    // Keep the entry's place among its siblings: rebuild the map with the one key renamed.
    const renamed = edit(String(last));
    const entries = Object.entries(parent).map(([k, v]) => [k === last ? renamed : k, v] as const);
    for (const k of Object.keys(parent)) delete parent[k];
    for (const [k, v] of entries) parent[k] = v;
    return [...path.slice(0, -1), renamed];
}

const at = (findings: Finding[], path: string) => findings.filter((f) => f.rule === RULE && f.path === path);

const insertion = (chars: string[]) => fc.record({ place: fc.nat(), offset: fc.nat(), char: fc.constantFrom(...chars) });

it("finds an invisible or control character planted in any key or string of a topology, once, where it is written", () => {
    fc.assert(
        fc.property(insertion(HIDDEN), ({ place, offset, char }) => {
            const topology = benchTopology(3) as Json;
            const all = places(topology);
            const target = all[place % all.length]!;
            const planted = plant(topology, target.path, target.key, (text) => {
                const i = offset % (text.length + 1);
                return text.slice(0, i) + char + text.slice(i);
            });
            const { findings } = checkTopology({ file: FILE, text: stringify(topology) });
            const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
            const found = at(findings, pathText(planted)).filter((f) => f.message.includes(code));
            expect(found).toEqual([expect.objectContaining({ severity: "error", file: FILE, line: expect.any(Number) })]);
        }),
        fuzzRuns(150),
    );
});

/** A Latin letter of `text` swapped for one of its Cyrillic or Greek twins; undefined when it has none. */
function swapLetter(text: string, offset: number, pick: number): string | undefined {
    const letters = [...text].flatMap((c, i) => (TWINS.has(c) ? [i] : []));
    if (letters.length === 0) return undefined;
    const chars = [...text];
    const i = letters[offset % letters.length]!;
    const twins = TWINS.get(chars[i]!)!;
    chars[i] = twins[pick % twins.length]!;
    return chars.join("");
}

const swap = fc.record({ place: fc.nat(), offset: fc.nat(), pick: fc.nat() });

it("finds a Cyrillic or Greek twin of a Latin letter planted in an API, app or role key, a scope or a callback host of a topology", () => {
    fc.assert(
        fc.property(swap, ({ place, offset, pick }) => {
            const topology = benchTopology(3) as Record<string, Json>;
            // Keys of the three sections and of scopes, and URL hosts: text the model carries and matches exactly.
            const judged = places(topology).filter(({ path, key }) =>
                key
                    ? (path.length === 2 && ["apis", "apps", "roles"].includes(String(path[0]))) || (path.length === 4 && path[2] === "scopes")
                    : path.at(-1) === "identifier" || ["callbacks", "logoutUrls", "webOrigins"].includes(String(path.at(-2))),
            );
            const target = judged[place % judged.length]!;
            let changed = false;
            const planted = plant(topology, target.path, target.key, (text) => {
                const host = /^(https:\/\/)([^/]+)(.*)$/.exec(text);
                const swapped = host === null ? swapLetter(text, offset, pick) : (swapLetter(host[2]!, offset, pick) ?? host[2]!);
                changed = swapped !== undefined && swapped !== (host === null ? text : host[2]);
                return host === null ? (swapped ?? text) : `${host[1]}${swapped}${host[3]}`;
            });
            fc.pre(changed);
            const { findings } = checkTopology({ file: FILE, text: stringify(topology), environment: "production" });
            // API, app and role keys are ASCII by the schema: it refuses the key there, and no model is made.
            const refused = findings.filter((f) => f.rule === "schema" && f.path === pathText(planted));
            const found = refused.length > 0 ? refused : at(findings, pathText(planted));
            expect(found).toEqual([expect.objectContaining({ severity: "error", message: expect.stringMatching(refused.length > 0 ? /invalid key/ : /mixes|wholly in/), line: expect.any(Number) })]);
        }),
        fuzzRuns(150),
    );
});

it("finds a twin planted in a callback or a scope of a stack's resources, on the resource that holds it", () => {
    fc.assert(
        fc.property(swap, fc.boolean(), ({ offset, pick }, inScope) => {
            const stack = coherentStack() as PackResource[];
            const index = stack.findIndex((r) => (inScope ? Array.isArray(r.props.scopes) && r.type.includes("ResourceServerScopes") : Array.isArray(r.props.callbacks)));
            const target = stack[index]!;
            const props = structuredClone(target.props) as Record<string, Json>;
            if (inScope) {
                const scope = (props.scopes as Array<{ name: string }>)[0]!;
                scope.name = swapLetter(scope.name, offset, pick)!;
            } else {
                const callbacks = props.callbacks as string[];
                const url = new URL(callbacks[0]!);
                callbacks[0] = `https://${swapLetter(url.hostname, offset, pick)!}${url.pathname}`;
            }
            stack[index] = { ...target, props };
            const { findings } = analyzeResources(stack, { environment: "production" });
            const lookalikes = findings.filter((f) => f.rule === RULE && f.severity !== "info");
            expect(lookalikes).toEqual([expect.objectContaining({ urn: target.urn, severity: "error" })]);
        }),
        fuzzRuns(60),
    );
});
