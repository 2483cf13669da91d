// Names, scopes and URLs that read as something they are not. A Cyrillic 'о' in a callback host
// sends codes to another domain while review shows the real one; a zero-width space in a scope
// makes a second scope that looks like the first. The judging is in ../../lookalike.ts; the
// topology loader adds what only the file shows (one key written in two Unicode forms).
import { describeLookalike, hiddenCharacter, isPrintableAscii, judgeHost, judgeText, urlHost } from "../../lookalike";
import type { Source, TenantModel } from "../../model";
import { pathJoin } from "../../path";
import { defineRule, type Report } from "../../rule";
import { clientUrls } from "../redirects/urls";

/** keys and scopes are matched exactly, so a whole-script twin is a trap; names and descriptions are prose. */
type TextKind = "key" | "prose" | "url";

/** Where a text is, for a report: made only for the few texts that are reported. */
interface Place {
    /** For messages: "the key of API 'orders'". */
    what: string;
    path: string;
    source: Source;
}

/** One text of the model: a large tenant has 100,000, so its place is a closure, called only for a report. */
type EachText = (value: string, kind: TextKind, place: () => Place) => void;

const RETYPE = "retype it: the character is invisible or reorders text, so the value is not what reviewers read";
const ASCII_HINT = "write it in ASCII, or write the host's xn-- form if the internationalized name is really meant";

const kindOfReference = (value: string): TextKind => (urlHost(value) === undefined ? "key" : "url");

/** Calls `each` with every text of the model (a callback, not a generator, for the same reason). */
function eachText(model: TenantModel, each: EachText): void {
    for (const api of model.apis) {
        if (api.kind === "management") continue;
        const { source } = api;
        each(api.key, "key", () => ({ what: `the key of API '${api.key}'`, path: source.path, source }));
        each(api.identifier, kindOfReference(api.identifier), () => ({ what: `the identifier of API '${api.key}'`, path: pathJoin(source.path, "identifier"), source }));
        if (api.name !== api.key) each(api.name, "prose", () => ({ what: `the name of API '${api.key}'`, path: pathJoin(source.path, "name"), source }));
        for (const scope of api.scopes) {
            const scopeSource = scope.source;
            each(scope.value, "key", () => ({ what: `scope '${scope.value}' of API '${api.key}'`, path: scopeSource.path, source: scopeSource }));
            each(scope.description, "prose", () => ({ what: `the description of scope '${scope.value}'`, path: scopeSource.path, source: scopeSource }));
        }
    }
    for (const client of model.clients) {
        const { source } = client;
        // An API's caller client is named after the API: its key is the API's.
        if (client.purpose === "app") each(client.key, "key", () => ({ what: `the key of app '${client.key}'`, path: source.path, source }));
        if (client.name !== client.key) each(client.name, "prose", () => ({ what: `the name of app '${client.key}'`, path: pathJoin(source.path, "name"), source }));
        const { description } = client;
        if (description !== undefined) each(description, "prose", () => ({ what: `the description of app '${client.key}'`, path: pathJoin(source.path, "description"), source }));
        for (const { field, value, path } of clientUrls(client)) each(value, "url", () => ({ what: `${field} entry '${value}' of app '${client.key}'`, path, source }));
    }
    // A reference that resolves to an API repeats its key, judged there; one that does not is text of its own.
    const apiKeys = new Set(model.apis.map((a) => a.key));
    for (const grant of model.grants) {
        const { source } = grant;
        if (!apiKeys.has(grant.api)) each(grant.api, kindOfReference(grant.api), () => ({ what: `the API '${grant.api}' that app '${grant.client}' is granted`, path: source.path, source }));
        grant.scopes.forEach((scope, index) => each(scope, "key", () => ({ what: `scope '${scope}' granted to app '${grant.client}'`, path: pathJoin(source.path, String(index)), source })));
    }
    for (const role of model.roles) {
        const { source } = role;
        each(role.key, "key", () => ({ what: `the key of role '${role.key}'`, path: source.path, source }));
        if (role.name !== role.key) each(role.name, "prose", () => ({ what: `the name of role '${role.key}'`, path: pathJoin(source.path, "name"), source }));
        if (role.description !== "") each(role.description, "prose", () => ({ what: `the description of role '${role.key}'`, path: pathJoin(source.path, "description"), source }));
        // Permissions are written per API, as lists: the index counts within the API's list.
        const perApi = new Map<string, number>();
        for (const { api, scope } of role.permissions) {
            const index = perApi.get(api) ?? 0;
            perApi.set(api, index + 1);
            if (index === 0 && !apiKeys.has(api)) each(api, "key", () => ({ what: `the API '${api}' of role '${role.key}'`, path: pathJoin(source.path, "permissions", api), source }));
            each(scope, "key", () => ({ what: `permission '${scope}' of role '${role.key}'`, path: pathJoin(source.path, "permissions", api, String(index)), source }));
        }
    }
}

/** Reports on one text that is not printable ASCII (most text is, and is passed over before this). */
function reportsOf(value: string, kind: TextKind, { what, path, source }: Place, reports: Report[]): Report[] {
    const hidden = hiddenCharacter(value);
    if (hidden !== undefined) reports.push({ source, path, severity: "error", message: `${what} holds the invisible or control character ${hidden}`, hint: RETYPE });
    if (kind === "url") {
        const host = urlHost(value)!;
        const verdict = judgeHost(host);
        if (verdict === undefined) return reports;
        const ascii = verdict.ascii ?? "not a valid host name";
        if (verdict.problem !== undefined) {
            const { label, lookalike } = verdict.problem;
            reports.push({ source, path, message: `the host of ${what} is ${ascii} in ASCII: ${describeLookalike(label, lookalike)}, another host than it looks`, hint: ASCII_HINT });
        } else if (hidden === undefined) {
            reports.push({ source, path, severity: "info", message: `the host of ${what} is an internationalized name, ${ascii} in ASCII (as logs and some browsers show it)` });
        }
        return reports;
    }
    const word = judgeText(value, { wholeScript: kind === "key" });
    if (word !== undefined) reports.push({ source, path, message: `${what}: ${describeLookalike(word.word, word.lookalike)}`, hint: "write it in one script" });
    return reports;
}

/** The paths of the texts the rule judges (the loader leaves their characters to it). */
export function lookalikePaths(model: TenantModel): Set<string> {
    const paths = new Set<string>();
    eachText(model, (_value, _kind, place) => paths.add(place().path));
    return paths;
}

export const lookalikeText = defineRule({
    meta: {
        id: "lookalike-text",
        severity: "warning",
        production: "error",
        description:
            "Text that reads as something it is not: invisible, bidi or control characters (always an error); a URL host, key or scope that mixes scripts (Latin with Cyrillic or Greek) or is written wholly in letters that look Latin (UTS #39); one key in two Unicode forms. A single-script internationalized host is shown with its xn-- form (info).",
        docs: "https://www.unicode.org/reports/tr39/#Restriction_Level_Detection",
        waivable: false,
    },
    check(model) {
        const reports: Report[] = [];
        eachText(model, (value, kind, place) => {
            if (!isPrintableAscii(value)) reportsOf(value, kind, place(), reports);
        });
        return reports;
    },
});
