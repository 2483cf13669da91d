// The text and JSON reports of `topology check`.
import type { Finding } from "../../policies/src/rule";
import { summarize } from "../../policies/src/run";
import { formats } from "../../topology/report";
import { formatFindings } from "../../topology/report/text";

const findings: Finding[] = [
    { rule: "unknown-api", severity: "error", message: "API 'catlog' is not declared", hint: "declare it", path: "apps.web.access.catlog", file: "topology.yaml", line: 12, column: 7 },
    { rule: "user-access-allow-all", severity: "warning", message: "any app may get user tokens", path: "apis.catalog", file: "topology.yaml", line: 3, column: 3, waived: { reason: "CAT-12" } },
    { rule: "multi-audience-app", severity: "info", message: "needs 2 tokens", path: "apps.web", urn: "urn:pulumi:dev::p::auth0:index/client:Client::web" },
];
const input = { findings, summary: summarize(findings) };

describe("text report", () => {
    const text = formats.text(input, { color: false });

    it("prints one line per finding, hint and waiver indented, then the summary", () => {
        expect(text.split("\n")).toEqual([
            "topology.yaml:12:7  error    unknown-api  API 'catlog' is not declared  [apps.web.access.catlog]",
            "    hint: declare it",
            "topology.yaml:3:3  warning  user-access-allow-all  any app may get user tokens  [apis.catalog]",
            "    waived: CAT-12",
            "apps.web  info     multi-audience-app  needs 2 tokens",
            "",
            "1 error, 0 warnings, 1 info (1 waived)",
            "",
        ]);
    });

    it("colours only when asked (the command asks on a terminal)", () => {
        expect(text).not.toMatch(/\u001b\[/);
        expect(formats.text(input, { color: true })).toContain("\u001b[31merror");
        expect(formatFindings(findings)).toBe(text.split("\n\n")[0]);
    });

    it("says plainly when there is nothing to report", () => {
        expect(formats.text({ findings: [], summary: summarize([]) }, { color: false })).toBe("0 errors, 0 warnings, 0 infos\n");
    });
});

describe("JSON report", () => {
    it("has the agreed shape: null for absent positions, hint and waived only when present", () => {
        expect(JSON.parse(formats.json(input, { color: false }))).toEqual({
            findings: [
                { rule: "unknown-api", severity: "error", message: "API 'catlog' is not declared", path: "apps.web.access.catlog", file: "topology.yaml", line: 12, column: 7, hint: "declare it" },
                { rule: "user-access-allow-all", severity: "warning", message: "any app may get user tokens", path: "apis.catalog", file: "topology.yaml", line: 3, column: 3, waived: { reason: "CAT-12" } },
                { rule: "multi-audience-app", severity: "info", message: "needs 2 tokens", path: "apps.web", file: null, line: null, column: null },
            ],
            summary: { errors: 1, warnings: 0, infos: 1 },
        });
    });
});
