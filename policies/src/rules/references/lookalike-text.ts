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

interface Text {
    value: string;
    kind: TextKind;
    /** For messages: "the key of API 'orders'" (made only for a report). */
    what: () => string;
    /** Made only for a report, as `what` is: the rule meets every text of a large tenant. */
    path: () => string;
    source: Source;
}

const RETYPE = "retype it: the character is invisible or reorders text, so the value is not what reviewers read";
const ASCII_HINT = "write it in ASCII, or write the host's xn-- form if the internationalized name is really meant";

/** Calls `each` with every text of the model (a callback, not a generator: a large tenant has 100,000 texts). */
function eachText(model: TenantModel, each: (text: Text) => void): void {
    for (const api of model.apis) {
        if (api.kind === "management") continue;
        const at = (...segments: string[]) => pathJoin(api.source.path, ...segments);
        each({ value: api.key, kind: "key", what: () => `the key of API '${api.key}'`, path: () => api.source.path, source: api.source });
        each({ value: api.identifier, kind: urlHost(api.identifier) === undefined ? "key" : "url", what: () => `the identifier of API '${api.key}'`, path: () => at("identifier"), source: api.source });
        if (api.name !== api.key) each({ value: api.name, kind: "prose", what: () => `the name of API '${api.key}'`, path: () => at("name"), source: api.source });
        for (const scope of api.scopes) {
            each({ value: scope.value, kind: "key", what: () => `scope '${scope.value}' of API '${api.key}'`, path: () => scope.source.path, source: scope.source });
            each({ value: scope.description, kind: "prose", what: () => `the description of scope '${scope.value}'`, path: () => scope.source.path, source: scope.source });
        }
    }
    for (const client of model.clients) {
        const at = (...segments: string[]) => pathJoin(client.source.path, ...segments);
        // An API's caller client is named after the API: its key is the API's.
        if (client.purpose === "app") each({ value: client.key, kind: "key", what: () => `the key of app '${client.key}'`, path: () => client.source.path, source: client.source });
        if (client.name !== client.key) each({ value: client.name, kind: "prose", what: () => `the name of app '${client.key}'`, path: () => at("name"), source: client.source });
        if (client.description !== undefined) each({ value: client.description, kind: "prose", what: () => `the description of app '${client.key}'`, path: () => at("description"), source: client.source });
        for (const { field, value, path } of clientUrls(client)) each({ value, kind: "url", what: () => `${field} entry '${value}' of app '${client.key}'`, path: () => path, source: client.source });
    }
    // A reference that resolves to an API repeats its key, judged there; one that does not is text of its own.
    const apiKeys = new Set(model.apis.map((a) => a.key));
    for (const grant of model.grants) {
        const kind = urlHost(grant.api) === undefined ? "key" : "url";
        if (!apiKeys.has(grant.api)) each({ value: grant.api, kind, what: () => `the API '${grant.api}' that app '${grant.client}' is granted`, path: () => grant.source.path, source: grant.source });
        for (const [index, scope] of grant.scopes.entries()) {
            each({ value: scope, kind: "key", what: () => `scope '${scope}' granted to app '${grant.client}'`, path: () => pathJoin(grant.source.path, String(index)), source: grant.source });
        }
    }
    for (const role of model.roles) {
        const at = (...segments: string[]) => pathJoin(role.source.path, ...segments);
        each({ value: role.key, kind: "key", what: () => `the key of role '${role.key}'`, path: () => role.source.path, source: role.source });
        if (role.name !== role.key) each({ value: role.name, kind: "prose", what: () => `the name of role '${role.key}'`, path: () => at("name"), source: role.source });
        if (role.description !== "") each({ value: role.description, kind: "prose", what: () => `the description of role '${role.key}'`, path: () => at("description"), source: role.source });
        // Permissions are written per API, as lists: the index counts within the API's list.
        const perApi = new Map<string, number>();
        for (const { api, scope } of role.permissions) {
            const index = perApi.get(api) ?? 0;
            perApi.set(api, index + 1);
            if (index === 0 && !apiKeys.has(api)) each({ value: api, kind: "key", what: () => `the API '${api}' of role '${role.key}'`, path: () => at("permissions", api), source: role.source });
            each({ value: scope, kind: "key", what: () => `permission '${scope}' of role '${role.key}'`, path: () => at("permissions", api, String(index)), source: role.source });
        }
    }
}

/** Reports on one text that is not printable ASCII (most text is, and is passed over before this). */
function reportsOf(text: Text, reports: Report[]): Report[] {
    const { source } = text;
    const path = text.path();
    const hidden = hiddenCharacter(text.value);
    if (hidden !== undefined) reports.push({ source, path, severity: "error", message: `${text.what()} holds the invisible or control character ${hidden}`, hint: RETYPE });
    if (text.kind === "url") {
        const host = urlHost(text.value)!;
        const verdict = judgeHost(host);
        if (verdict === undefined) return reports;
        const ascii = verdict.ascii ?? "not a valid host name";
        if (verdict.problem !== undefined) {
            const { label, lookalike } = verdict.problem;
            reports.push({ source, path, message: `the host of ${text.what()} is ${ascii} in ASCII: ${describeLookalike(label, lookalike)}, another host than it looks`, hint: ASCII_HINT });
        } else if (hidden === undefined) {
            reports.push({ source, path, severity: "info", message: `the host of ${text.what()} is an internationalized name, ${ascii} in ASCII (as logs and some browsers show it)` });
        }
        return reports;
    }
    const word = judgeText(text.value, { wholeScript: text.kind === "key" });
    if (word !== undefined) reports.push({ source, path, message: `${text.what()}: ${describeLookalike(word.word, word.lookalike)}`, hint: "write it in one script" });
    return reports;
}

/** The paths of the texts the rule judges (the loader leaves their characters to it). */
export function lookalikePaths(model: TenantModel): Set<string> {
    const paths = new Set<string>();
    eachText(model, (text) => paths.add(text.path()));
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
        eachText(model, (text) => {
            if (!isPrintableAscii(text.value)) reportsOf(text, reports);
        });
        return reports;
    },
});
