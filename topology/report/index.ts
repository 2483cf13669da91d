// Output formats of `topology check`, by the name --format takes.
import type { Formatter } from "./format";
import { formatGithub } from "./github";
import { formatJson } from "./json";
import { formatText } from "./text";

export type { Formatter, FormatOptions, ReportInput } from "./format";

export const formats: Readonly<Record<string, Formatter>> = {
    text: formatText,
    json: formatJson,
    // Required on use: the SARIF builder (with fs-extra) costs every other format ~40 ms of start-up.
    sarif: (input) => (require("./sarif") as typeof import("./sarif")).formatSarif(input),
    github: formatGithub,
};
