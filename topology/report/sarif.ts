// SARIF 2.1.0 for code-scanning services (GitHub uploads it with codeql-action/upload-sarif).
// Rule metadata comes from the catalog; waived findings are kept, as SARIF suppressions.
import * as fs from "node:fs";
import * as path from "node:path";
import { SarifBuilder, SarifResultBuilder, SarifRuleBuilder, SarifRunBuilder } from "node-sarif-builder";
import type { Result } from "sarif";
import { rules } from "../../policies/src/rules";
import type { Finding, Severity } from "../../policies/src/rule";
import { packageRoot } from "../analyzer/pack-dir";
import type { ReportInput } from "./format";
import { repoPath } from "./repo-path";

const LEVEL: Record<Severity, Result.level> = { error: "error", warning: "warning", info: "note" };
const TOOL_URL = "https://github.com/auth0-topology/auth0-topology";

/** The version of the package whose copy of the rule catalog ran (the pack's is released with it). */
function rulesVersion(): string {
    const manifest = JSON.parse(fs.readFileSync(path.join(packageRoot(), "package.json"), "utf8")) as { version: string };
    return manifest.version;
}

function result(finding: Finding): SarifResultBuilder {
    const builder = new SarifResultBuilder(
        finding.waived ? { suppressions: [{ kind: "external", justification: finding.waived.reason }] } : {},
    );
    const message = finding.hint === undefined ? finding.message : `${finding.message}. ${finding.hint}`;
    builder.initSimple({
        level: LEVEL[finding.severity],
        messageText: message,
        ruleId: finding.rule,
        ...(finding.file === undefined ? {} : { fileUri: repoPath(finding.file) }),
        ...(finding.line === undefined
            ? {}
            : { startLine: finding.line, startColumn: finding.column ?? 1, endLine: finding.line, endColumn: (finding.column ?? 1) + 1 }),
    });
    // The topology path (or the policy pack's URN) names the element, with or without a file position.
    const location = (builder.result.locations ??= [{}])[0]!;
    location.logicalLocations = [{ fullyQualifiedName: finding.urn ?? finding.path, kind: "element" }];
    return builder;
}

export function formatSarif({ findings }: ReportInput): string {
    const run = new SarifRunBuilder().initSimple({ toolDriverName: "auth0-topology", toolDriverVersion: rulesVersion(), url: TOOL_URL });
    for (const rule of rules) {
        run.addRule(
            new SarifRuleBuilder().initSimple({ ruleId: rule.meta.id, shortDescriptionText: rule.meta.description, helpUri: rule.meta.docs }),
        );
    }
    for (const finding of findings) run.addResult(result(finding));
    const log = new SarifBuilder();
    log.addRun(run);
    return `${log.buildSarifJsonString({ indent: true })}\n`;
}
