import type { Source, TenantModel } from "../../model";
import { defineRule, type Report } from "../../rule";
import { oncePer } from "../once";
import { clientUrls } from "../redirects/urls";
import { findCredential, type Credential } from "./credential";

/** Where a text is, for a report: made only for a flagged text. */
interface Place {
    source: Source;
    /** Topology path of the field holding the value. */
    path: string;
    /** How a message names the field, for example "the description of scope read:products". */
    field: string;
}

/**
 * Calls `each` with every free-form string of the model and a closure for where it sits; references
 * (keys, scope lists) are checked where they are declared. A callback rather than a generator, and
 * places made only when asked: a large tenant has 50,000 texts and none of them is flagged.
 */
function eachText(model: TenantModel, each: (value: string, place: () => Place) => void): void {
    const at = (value: string, source: Source, field: () => string, name: string) => each(value, () => ({ source, path: `${source.path}.${name}`, field: field() }));
    for (const a of model.apis) {
        at(a.identifier, a.source, () => `the identifier of API '${a.key}'`, "identifier");
        at(a.name, a.source, () => `the name of API '${a.key}'`, "name");
        for (const s of a.scopes) {
            const { source } = s;
            each(s.value, () => ({ source, path: source.path, field: `a scope value of API '${a.key}'` }));
            each(s.description, () => ({ source, path: source.path, field: `the description of scope ${s.value}` }));
        }
    }
    for (const c of model.clients) {
        at(c.name, c.source, () => `the name of app '${c.key}'`, "name");
        if (c.description !== undefined) at(c.description, c.source, () => `the description of app '${c.key}'`, "description");
        for (const { field, value, path } of clientUrls(c)) each(value, () => ({ source: c.source, path, field: `a URL in ${field} of app '${c.key}'` }));
    }
    for (const r of model.roles) {
        at(r.name, r.source, () => `the name of role '${r.key}'`, "name");
        at(r.description, r.source, () => `the description of role '${r.key}'`, "description");
    }
    for (const w of model.waivers) at(w.reason, w.source, () => `the reason of a waiver of '${w.rule}'`, "reason");
}

/** The texts that hold a credential; scanned once per model (the rule and the output mask both ask). */
const flaggedTexts = oncePer((model: TenantModel): ReadonlyArray<{ value: string; place: Place; credential: Credential }> => {
    const flagged: Array<{ value: string; place: Place; credential: Credential }> = [];
    eachText(model, (value, place) => {
        const credential = findCredential(value);
        if (credential !== undefined) flagged.push({ value, place: place(), credential });
    });
    return flagged;
});

/** Every credential written in the model, with the text it is in: what outputs must mask. */
export function credentialsIn(model: TenantModel): Array<Credential & { text: string }> {
    return flaggedTexts(model).map(({ value, credential }) => ({ ...credential, text: value }));
}

export const secretInTopology = defineRule({
    meta: {
        id: "secret-in-topology",
        severity: "error",
        description: "A value that looks like a credential (client secret, API token, private key, password) is written in clear text in the design.",
        docs: "https://auth0.com/docs/secure/application-credentials",
    },
    check(model) {
        const reports: Report[] = [];
        for (const { place: { source, path, field }, credential: { what } } of flaggedTexts(model)) {
            reports.push({
                source,
                path,
                // Never repeat the value: findings end up in CI logs and SARIF uploads.
                message: `${field} contains what looks like ${what}`,
                hint:
                    "keep credentials out of topology.yaml and Pulumi.<stack>.yaml (use `pulumi config set --secret` or an environment variable), " +
                    "and rotate this one: it is in version control",
            });
        }
        return reports;
    },
});
