// Output formats of `topology check`, by the name --format takes.
import type { Formatter } from "./format";
import { formatGithub } from "./github";
import { formatJson } from "./json";
import { formatSarif } from "./sarif";
import { formatText } from "./text";

export type { Formatter, FormatOptions, ReportInput } from "./format";

export const formats: Readonly<Record<string, Formatter>> = {
    text: formatText,
    json: formatJson,
    sarif: formatSarif,
    github: formatGithub,
};
