// Loading a topology file: text -> YAML with positions -> `${name}` substitution -> schema ->
// TenantModel. Every problem with the file is a finding with file, line and column; only a
// mistake in how it was called (missing file, missing stack file) throws, as a UsageError.
import * as path from "node:path";
import { isAlias, visit } from "yaml";
import type { Environment, TenantModel } from "../../policies/src/model";
import type { Finding } from "../../policies/src/rule";
import { yamlSyntax } from "../../policies/src/rules/references/loader";
import { lookalikePaths } from "../../policies/src/rules/references/lookalike-text";
import { compareFindings } from "../../policies/src/run";
import { resolveTopology } from "../resolve";
import { TopologySchema, type Topology } from "../schema";
import { managementDomain, readStackSettings, stackFileName, type StackSettings } from "../stack";
import { loaderFinding } from "./finding";
import { LIMITS } from "./limits";
import { lookalikeFindings } from "./lookalikes";
import { parseYaml } from "./parse";
import type { Locator, Position } from "./position";
import { schemaFindings } from "./schema-issues";
import { givenSource, readSource } from "./source";
import { substituteVariables, type Variables } from "./variables";

export interface LoadOptions {
    file: string;
    /** The file's content, used instead of reading the file. */
    text?: string;
    /** The Pulumi stack whose Pulumi.<stack>.yaml gives domain, environment and variables. */
    stack?: string;
    /** Settings already read (a stack file at a git revision), used instead of reading `stack`'s file. */
    stackSettings?: StackSettings;
    /** Overrides the stack's environment. */
    environment?: Environment;
    /** Overrides the stack's tenant domain (auth0:domain). */
    domain?: string;
    /** Variable values that override the stack's (--var name=value). */
    vars?: Record<string, string>;
    /** Where Pulumi.<stack>.yaml lives; default: the topology file's directory. */
    projectDir?: string;
}

export interface LoadResult {
    topology?: Topology;
    /** Present whenever the file parsed and matched the schema, even if rules will find errors. */
    model?: TenantModel;
    findings: Finding[];
    stack?: StackSettings;
    /** Where a topology path (in its text form) is written in the file; present with the model. */
    locate?: (path: string) => Position;
}

function variablesOf(options: LoadOptions, stack: StackSettings | undefined, projectDir: string): Variables {
    if (stack === undefined) return { values: { ...options.vars } };
    return { values: { stack: stack.stack, ...stack.vars, ...options.vars }, stack: stack.stack, stackFile: stackFileName(projectDir, stack.stack) };
}

/** Plain values of the document; aliases expand at most LIMITS.aliases times (billion laughs). */
function valuesOf(locator: Locator): { data: unknown } | { finding: Finding } {
    try {
        return { data: locator.doc.toJS({ maxAliasCount: LIMITS.aliases }) };
    } catch (err) {
        let offset = 0;
        visit(locator.doc, (_key, node) => {
            if (!isAlias(node)) return undefined;
            offset = node.range?.[0] ?? 0;
            return visit.BREAK;
        });
        const message = `aliases expand too much (${(err as Error).message})`;
        return { finding: loaderFinding(yamlSyntax.meta.id, { path: "", file: locator.file, ...locator.at(offset) }, message, "write the values out instead of nesting aliases") };
    }
}

export function loadTopology(options: LoadOptions): LoadResult {
    const projectDir = options.projectDir ?? path.dirname(options.file);
    const stack = options.stackSettings ?? (options.stack === undefined ? undefined : readStackSettings(projectDir, options.stack));
    // The stack file's own findings (credentials in clear) come with every result.
    const stackFindings = stack?.plaintextSecrets?.findings ?? [];
    const done = (findings: Finding[], rest: Omit<LoadResult, "findings" | "stack"> = {}): LoadResult => {
        const result: LoadResult = { ...rest, findings: [...stackFindings, ...findings].sort(compareFindings) };
        if (stack !== undefined) result.stack = stack;
        return result;
    };

    const source = options.text === undefined ? readSource(options.file) : givenSource(options.text, options.file);
    if ("finding" in source) return done([source.finding]);

    const { locator, findings } = parseYaml(source.text, options.file);
    if (locator === undefined) return done(findings);
    const syntaxErrors = findings.some((f) => f.severity === "error");
    findings.push(...substituteVariables(locator, source.text, variablesOf(options, stack, projectDir)));
    const environment = options.environment ?? stack?.environment ?? "development";
    const lookalikes = lookalikeFindings(locator);
    findings.push(...lookalikes.forms);
    const values = valuesOf(locator);
    if ("finding" in values) return done([...findings, ...lookalikes.hidden, values.finding]);

    const parsed = TopologySchema.safeParse(values.data, { reportInput: true });
    if (!parsed.success) return done([...findings, ...lookalikes.hidden, ...schemaFindings(parsed.error.issues, locator)]);
    if (syntaxErrors) return done([...findings, ...lookalikes.hidden]);
    const model = resolveTopology(parsed.data, {
        environment,
        domain: options.domain ?? (stack === undefined ? undefined : managementDomain(stack)),
        source: (p) => locator.source(p),
    });
    // The lookalike-text rule judges the model's texts; the loader speaks for the places it does not reach.
    // (Only when there is something to sort: listing every text costs a tenth of a large check.)
    const judged = lookalikes.hidden.length === 0 ? new Set<string>() : lookalikePaths(model);
    const unjudged = lookalikes.hidden.filter((f) => !judged.has(f.path));
    return done([...findings, ...unjudged], { topology: parsed.data, model, locate: (p) => locator.positionOfText(p) });
}
