import type { Source, TenantModel } from "../../model";
import { defineRule, type Report } from "../../rule";
import { oncePer } from "../once";
import { clientUrls } from "../redirects/urls";
import { findCredential, type Credential } from "./credential";

interface Text {
    value: string;
    source: Source;
    /** Topology path of the field holding the value (made only for a flagged text, as `field` is). */
    path: () => string;
    /** How a message names the field, for example "the description of scope read:products". */
    field: () => string;
}

/**
 * Calls `each` with every free-form string of the model and where it sits; references (keys, scope
 * lists) are checked where they are declared. A callback rather than a generator, and paths and
 * field names made only when asked: a large tenant has 50,000 texts and none of them is flagged.
 */
function eachText(model: TenantModel, each: (text: Text) => void): void {
    const at = (value: string, source: Source, field: () => string, path: string) => each({ value, source, field, path: () => `${source.path}.${path}` });
    for (const a of model.apis) {
        at(a.identifier, a.source, () => `the identifier of API '${a.key}'`, "identifier");
        at(a.name, a.source, () => `the name of API '${a.key}'`, "name");
        for (const s of a.scopes) {
            const path = () => s.source.path;
            each({ value: s.value, source: s.source, path, field: () => `a scope value of API '${a.key}'` });
            each({ value: s.description, source: s.source, path, field: () => `the description of scope ${s.value}` });
        }
    }
    for (const c of model.clients) {
        at(c.name, c.source, () => `the name of app '${c.key}'`, "name");
        if (c.description !== undefined) at(c.description, c.source, () => `the description of app '${c.key}'`, "description");
        for (const { field, value, path } of clientUrls(c)) each({ value, source: c.source, path: () => path, field: () => `a URL in ${field} of app '${c.key}'` });
    }
    for (const r of model.roles) {
        at(r.name, r.source, () => `the name of role '${r.key}'`, "name");
        at(r.description, r.source, () => `the description of role '${r.key}'`, "description");
    }
    for (const w of model.waivers) at(w.reason, w.source, () => `the reason of a waiver of '${w.rule}'`, "reason");
}

/** The texts that hold a credential; scanned once per model (the rule and the output mask both ask). */
const flaggedTexts = oncePer((model: TenantModel): ReadonlyArray<{ text: Text; credential: Credential }> => {
    const flagged: Array<{ text: Text; credential: Credential }> = [];
    eachText(model, (text) => {
        const credential = findCredential(text.value);
        if (credential !== undefined) flagged.push({ text, credential });
    });
    return flagged;
});

/** Every credential written in the model, with the text it is in: what outputs must mask. */
export function credentialsIn(model: TenantModel): Array<Credential & { text: string }> {
    return flaggedTexts(model).map(({ text, credential }) => ({ ...credential, text: text.value }));
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
        for (const { text, credential: { what } } of flaggedTexts(model)) {
            reports.push({
                source: text.source,
                path: text.path(),
                // Never repeat the value: findings end up in CI logs and SARIF uploads.
                message: `${text.field()} contains what looks like ${what}`,
                hint:
                    "keep credentials out of topology.yaml and Pulumi.<stack>.yaml (use `pulumi config set --secret` or an environment variable), " +
                    "and rotate this one: it is in version control",
            });
        }
        return reports;
    },
});
