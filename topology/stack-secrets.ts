// Credentials written in clear in a committed Pulumi.<stack>.yaml: `pulumi config set --secret`
// stores them encrypted (`key: { secure: ... }`); a plain value is readable by anyone with the
// repository. Each is a finding located in the stack file, and a value every output masks.
import type { Finding } from "../policies/src/rule";
import { findCredential } from "../policies/src/rules/secrets/credential";
import { secretInTopology } from "../policies/src/rules/secrets/secret-in-topology";
import { secretValuesOf } from "../policies/src/mask";
import { loaderFinding } from "./load/finding";
import { pathText, type Locator, type PathSegment } from "./load/position";

/** Keys whose value is a credential by name (auth0:clientSecret, myapp:dbPassword, …). */
const SECRET_KEY = /secret|password|passwd|token|api[-_]?key|private[-_]?key/i;

export interface StackSecrets {
    findings: Finding[];
    /** The plain-text secret values, for masking. */
    secrets: string[];
}

/** `config`: the stack file's config mapping, read with every value as text. */
export function plaintextSecrets(config: Record<string, unknown>, locator: Locator): StackSecrets {
    const result: StackSecrets = { findings: [], secrets: [] };
    const walk = (node: unknown, path: PathSegment[]) => {
        if (typeof node === "object" && node !== null && !Array.isArray(node)) {
            for (const [key, value] of Object.entries(node)) walk(value, [...path, key]);
            return;
        }
        if (typeof node !== "string" || node === "") return;
        const key = String(path[path.length - 1]);
        const credential = findCredential(node);
        const byName = SECRET_KEY.test(key) && !/[:.]vars$/.test(String(path[1]));
        if (credential === undefined && !byName) return;
        const what = credential === undefined ? `'${key}' is a secret` : `it holds what looks like ${credential.what}`;
        result.secrets.push(...secretValuesOf({ value: credential?.value ?? node, text: node }));
        result.findings.push(
            loaderFinding(
                secretInTopology.meta.id,
                locator.source(path as PathSegment[]),
                `${pathText(path.slice(1))} is written in clear text in the stack file, and ${what}`,
                `store it encrypted: pulumi config set --secret ${pathText(path.slice(1))} <value> --stack <stack> (then remove the plain line), and rotate this one: it is in version control`,
            ),
        );
    };
    walk(config, ["config"]);
    return result;
}
