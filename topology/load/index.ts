// Loading a topology file: text -> values with positions -> `${name}` substitution -> schema ->
// TenantModel. Every problem with the file is a finding with file, line and column; only a
// mistake in how it was called (missing file, missing stack file) throws, as a UsageError.
import * as path from "node:path";
import type { Environment, TenantModel } from "../../policies/src/model";
import type { Finding } from "../../policies/src/rule";
import { lookalikePaths } from "../../policies/src/rules/references/lookalike-text";
import { compareFindings } from "../../policies/src/run";
import { resolveTopology } from "../resolve";
import { TopologySchema, type Topology } from "../schema";
import { managementDomain, readStackSettings, stackFileName, type StackSettings } from "../stack";
import { lookalikeFindings } from "./lookalikes";
import { parseYaml } from "./parse";
import type { Position } from "./position";
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
    /**
     * false: findings say no line and column, and the index of where every key and item of the
     * file is written is never built (the Pulumi program: it prints findings only when it stops,
     * and then asks again with positions). Default true.
     */
    positions?: boolean;
}

export interface LoadResult {
    topology?: Topology;
    /** Present whenever the file parsed and matched the schema, even if rules will find errors. */
    model?: TenantModel;
    findings: Finding[];
    stack?: StackSettings;
    /** Where a topology path (in its text form) is written in the file; present with the model, unless positions are off. */
    locate?: (path: string) => Position;
}

function variablesOf(options: LoadOptions, stack: StackSettings | undefined, projectDir: string): Variables {
    if (stack === undefined) return { values: { ...options.vars } };
    return { values: { stack: stack.stack, ...stack.vars, ...options.vars }, stack: stack.stack, stackFile: stackFileName(projectDir, stack.stack) };
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

    const { parsed: read, findings } = parseYaml(source.text, options.file, { positions: options.positions });
    if (read === undefined) return done(findings);
    const { data, locator } = read;
    const syntaxErrors = findings.some((f) => f.severity === "error");
    findings.push(...substituteVariables(data, locator, source.text, variablesOf(options, stack, projectDir)));
    const environment = options.environment ?? stack?.environment ?? "development";
    const lookalikes = lookalikeFindings(data, locator);
    findings.push(...lookalikes.forms);

    const parsed = TopologySchema.safeParse(data, { reportInput: true });
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
    const result: Omit<LoadResult, "findings" | "stack"> = { topology: parsed.data, model };
    if (locator.placed) result.locate = (p) => locator.positionOfText(p);
    return done([...findings, ...unjudged], result);
}
