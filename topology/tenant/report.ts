// The import report: what was adopted, skipped, flagged, left dangling, and what the first
// `pulumi up` changes. Markdown for people, JSON for scripts, a short summary for stderr.
import type { Finding } from "../../policies/src/rule";
import type { NoteKind } from "./adopt";
import type { ImportPlan } from "./import";

export interface ImportReport {
    source: string;
    format: string;
    domain: string | null;
    imported: { apis: string[]; externalApis: string[]; apps: string[]; grants: number; roles: string[] };
    notes: Record<NoteKind, Array<{ subject: string; message: string; file: string | null; line: number | null }>>;
    /** The first pulumi up's changes, per element: fields before → after and their risks. */
    changes: Array<{ path: string; summary: string; fields: Array<{ field: string; before: string; after: string }>; risks: string[] }>;
    check: { errors: number; warnings: number; findings: Array<{ rule: string; severity: string; path: string; message: string }> };
}

const KINDS: readonly NoteKind[] = ["skipped", "flagged", "dangling", "changed"];

export function importReport(plan: ImportPlan, findings: readonly Finding[]): ImportReport {
    const { adoption } = plan;
    const notes = Object.fromEntries(KINDS.map((k) => [k, [] as ImportReport["notes"][NoteKind]])) as ImportReport["notes"];
    for (const n of plan.notes) notes[n.kind].push({ subject: n.subject, message: n.message, file: n.at?.file ?? null, line: n.at?.line ?? null });
    return {
        source: adoption.snapshot.location,
        format: adoption.snapshot.format,
        domain: adoption.domain ?? null,
        imported: {
            apis: adoption.apis.filter((a) => a.kind === "managed").map((a) => a.key),
            externalApis: adoption.apis.filter((a) => a.kind === "external").map((a) => a.key),
            apps: adoption.clients.map((c) => c.key),
            grants: adoption.grants.filter((g) => g.expressible).length,
            roles: adoption.roles.map((r) => r.key),
        },
        notes,
        changes: plan.changes.map((c) => ({ path: c.path, summary: c.summary, fields: c.fields, risks: c.risks.map((r) => `${r.risk}: ${r.reason}`) })),
        check: {
            errors: findings.filter((f) => f.severity === "error").length,
            warnings: findings.filter((f) => f.severity === "warning").length,
            findings: findings.map((f) => ({ rule: f.rule, severity: f.severity, path: f.path, message: f.message })),
        },
    };
}

export function reportSummary(report: ImportReport): string {
    const i = report.imported;
    const count = (k: NoteKind) => report.notes[k].length;
    return (
        `imported ${i.apis.length} API(s), ${i.externalApis.length} external API(s), ${i.apps.length} app(s), ${i.grants} grant(s), ${i.roles.length} role(s) from ${report.source} (${report.format})\n` +
        `skipped ${count("skipped")}, flagged ${count("flagged")}, dangling ${count("dangling")}, notes on changes ${count("changed")}; ` +
        `the first pulumi up changes ${report.changes.length} element(s); check: ${report.check.errors} error(s), ${report.check.warnings} warning(s)\n`
    );
}

const where = (n: { file: string | null; line: number | null }) => (n.file === null ? "" : ` (${n.file}${n.line === null ? "" : `:${n.line}`})`);

export function reportMarkdown(report: ImportReport): string {
    const lines = [`# Import of ${report.source}`, "", `Format: ${report.format}. Tenant domain: ${report.domain ?? "unknown"}.`, ""];
    const i = report.imported;
    lines.push("## Imported", "", `- APIs: ${i.apis.join(", ") || "none"}`, `- external APIs: ${i.externalApis.join(", ") || "none"}`, `- apps: ${i.apps.join(", ") || "none"}`, `- grants: ${i.grants}`, `- roles: ${i.roles.join(", ") || "none"}`, "");
    const titles: Record<NoteKind, string> = { skipped: "Skipped", flagged: "Flagged", dangling: "Dangling references", changed: "Settings the topology cannot keep" };
    for (const kind of KINDS) {
        lines.push(`## ${titles[kind]}`, "");
        if (report.notes[kind].length === 0) lines.push("None.");
        for (const n of report.notes[kind]) lines.push(`- **${n.subject}**: ${n.message}${where(n)}`);
        lines.push("");
    }
    lines.push("## What the first pulumi up changes", "");
    if (report.changes.length === 0) lines.push("Nothing.");
    for (const c of report.changes) {
        lines.push(`- \`${c.path}\`: ${c.summary}`);
        for (const f of c.fields) lines.push(`  - ${f.field}: ${f.before} → ${f.after}`);
        for (const r of c.risks) lines.push(`  - ⚠ ${r}`);
    }
    lines.push("", "## Check", "", `${report.check.errors} error(s), ${report.check.warnings} warning(s): the tenant's own problems.`);
    for (const f of report.check.findings) lines.push(`- ${f.severity} ${f.rule} \`${f.path}\`: ${f.message}`);
    return `${lines.join("\n")}\n`;
}
