// What every output format of `topology check` receives, and the registry of formats by name.
import type { Finding } from "../../policies/src/rule";
import type { Summary } from "../../policies/src/run";

export interface ReportInput {
    findings: readonly Finding[];
    summary: Summary;
}

export interface FormatOptions {
    /** ANSI colours (only when writing to a terminal). */
    color: boolean;
}

export type Formatter = (input: ReportInput, options: FormatOptions) => string;
