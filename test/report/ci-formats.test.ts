import "@microsoft/jest-sarif";
import * as path from "node:path";
import { rules } from "../../policies/src/rules";
import type { Finding } from "../../policies/src/rule";
import { summarize } from "../../policies/src/run";
import { formatGithub } from "../../topology/report/github";
import { formatSarif } from "../../topology/report/sarif";

declare global {
    // eslint-disable-next-line @typescript-eslint/no-namespace
    namespace jest {
        interface Matchers<R> {
            toBeValidSarifLog(): R;
        }
    }
}

const file = path.join(process.cwd(), "topology.yaml");
const findings: Finding[] = [
    { rule: "unknown-api", severity: "error", message: "apps.web calls 'catalgo', which is not declared", hint: "did you mean 'catalog'?", path: "apps.web.access.catalgo", file, line: 12, column: 7 },
    { rule: "user-access-allow-all", severity: "warning", message: "any app may get user tokens: 50%, ok", path: "apis.catalog", file, line: 3, column: 3, waived: { reason: "public catalog, CAT-12" } },
    { rule: "multi-audience-app", severity: "info", message: "needs 3 tokens\none per audience", path: "apps.web", urn: "urn:pulumi:dev::p::auth0:index/client:Client::web" },
];
const input = { findings, summary: summarize(findings) };

describe("--format sarif", () => {
    const log = JSON.parse(formatSarif(input));

    it("is a valid SARIF 2.1.0 log", () => {
        expect(log).toBeValidSarifLog();
        expect(log.version).toBe("2.1.0");
        // The validator is strict enough to tell: a result without a message is rejected.
        const broken = structuredClone(log);
        delete broken.runs[0].results[0].message;
        expect(broken).not.toBeValidSarifLog();
    });

    it("describes every catalog rule with its docs link", () => {
        const described = log.runs[0].tool.driver.rules;
        expect(described.map((r: { id: string }) => r.id)).toEqual(rules.map((r) => r.meta.id));
        expect(described.every((r: { helpUri?: string }) => r.helpUri?.startsWith("https://"))).toBe(true);
    });

    it("locates results in the repository-relative file, and names the element", () => {
        const [first, second, third] = log.runs[0].results;
        expect(first).toMatchObject({ ruleId: "unknown-api", level: "error" });
        expect(first.message.text).toContain("did you mean 'catalog'?");
        expect(first.locations[0].physicalLocation).toMatchObject({
            artifactLocation: { uri: "topology.yaml" },
            region: { startLine: 12, startColumn: 7 },
        });
        expect(first.locations[0].logicalLocations[0].fullyQualifiedName).toBe("apps.web.access.catalgo");
        expect(second.suppressions).toEqual([{ kind: "external", justification: "public catalog, CAT-12" }]);
        expect(third).toMatchObject({ level: "note" });
        expect(third.locations[0].physicalLocation).toBeUndefined();
        expect(third.locations[0].logicalLocations[0].fullyQualifiedName).toContain("urn:pulumi:");
    });
});

describe("--format github", () => {
    const lines = formatGithub(input).trimEnd().split("\n");

    it("emits one workflow command per finding, then the summary", () => {
        expect(lines).toHaveLength(4);
        expect(lines[0]).toBe(
            "::error title=unknown-api (apps.web.access.catalgo),file=topology.yaml,line=12,col=7::apps.web calls 'catalgo', which is not declared%0Adid you mean 'catalog'?",
        );
        expect(lines[3]).toBe("1 error, 0 warnings, 1 info (1 waived)");
    });

    it("downgrades waived findings to notices and escapes command data", () => {
        expect(lines[1]).toMatch(/^::notice title=user-access-allow-all \(apis.catalog\),file=topology.yaml,line=3,col=3::/);
        expect(lines[1]).toContain("50%25, ok (waived: public catalog, CAT-12)");
        expect(lines[2]).toBe("::notice title=multi-audience-app (apps.web)::needs 3 tokens%0Aone per audience");
    });
});
