// Output formats of `topology check`, by the name --format takes.
import type { Formatter } from "./format";
import { formatJson } from "./json";
import { formatText } from "./text";

export type { Formatter, FormatOptions, ReportInput } from "./format";

export const formats: Readonly<Record<string, Formatter>> = {
    text: formatText,
    json: formatJson,
};
