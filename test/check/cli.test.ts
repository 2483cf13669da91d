// `topology check` run in-process through main(): exit codes, output formats, usage errors.
import * as path from "node:path";
import { runCli as run, type CliRun as Run } from "../support/cli";

const ROOT = path.join(__dirname, "../..");
const BROKEN = path.join(ROOT, "test/fixtures/broken");

const json = (r: Run) => JSON.parse(r.stdout) as { findings: Array<Record<string, unknown>>; summary: Record<string, number> };

describe("topology check", () => {
    it.each(["dev", "prod"])("passes the example topology on stack %s", async (stack) => {
        const result = await run("check", path.join(ROOT, "topology.yaml"), "--stack", stack);
        expect(result.stderr).toBe("");
        expect(result.code).toBe(0);
        expect(result.stdout).toMatch(/^0 errors, 0 warnings, \d+ infos?\n$/m);
    });

    it("uses Pulumi.dev.yaml beside the file without --stack, and no stack where there is none", async () => {
        const withDev = await run("check", path.join(ROOT, "topology.yaml"), "--format", "json");
        expect(withDev.code).toBe(0);
        const withoutStack = await run("check", path.join(BROKEN, "unknown-references.yaml"), "--format", "json");
        expect(withoutStack.stderr).toBe("");
        expect(json(withoutStack).findings.filter((f) => f.rule === "undefined-variable").map((f) => f.message)).toContain("variable 'origin' has no value: no stack is selected");
    });

    it("fails with exit 1 and points at each mistake (text)", async () => {
        const result = await run("check", path.join(BROKEN, "misspelt.yaml"), "--stack", "ci");
        expect(result.code).toBe(1);
        const lines = result.stdout.split("\n");
        const file = path.join(BROKEN, "misspelt.yaml");
        expect(lines).toContain(
            `${file}:11:5  error    schema  unknown key 'calback' in apps.storefront (did you mean 'callbacks'?)  [apps.storefront.calback]`,
        );
        expect(lines).toContainEqual(expect.stringMatching(/^ {4}hint: allowed keys: type, name, /));
        expect(lines).toContainEqual(expect.stringContaining("apps.admin.type is 'webapp'"));
        expect(lines[lines.length - 2]).toBe("2 errors, 0 warnings, 0 infos");
        expect(result.stdout).not.toMatch(/\u001b\[/);
    });

    it("reports rule findings in JSON with the agreed shape", async () => {
        const result = await run("check", path.join(BROKEN, "unknown-references.yaml"), "--stack", "ci", "--format", "json");
        expect(result.code).toBe(1);
        const report = json(result);
        expect(Object.keys(report)).toEqual(["findings", "summary"]);
        const count = (severity: string) => report.findings.filter((f) => f.severity === severity).length;
        expect(report.summary).toEqual({ errors: count("error"), warnings: count("warning"), infos: count("info") });
        const errors = report.findings.filter((f) => f.rule === "unknown-api" || f.rule === "unknown-scope");
        expect(errors).toEqual([
            {
                rule: "unknown-api",
                severity: "error",
                message: "API 'catlog' is not declared (did you mean 'catalog'?)",
                path: "apps.storefront.access.catlog",
                file: path.join(BROKEN, "unknown-references.yaml"),
                line: 14,
                column: 7,
                hint: expect.any(String),
            },
            expect.objectContaining({
                rule: "unknown-scope",
                path: "apps.storefront.access.auth0-management.1",
                line: 15,
                message: "'read:userz' is not a Management API scope (did you mean 'read:users'?)",
            }),
        ]);
        for (const finding of report.findings) {
            expect(Object.keys(finding).slice(0, 7)).toEqual(["rule", "severity", "message", "path", "file", "line", "column"]);
        }
    });

    it("treats YAML that does not parse as an error finding (exit 1)", async () => {
        const result = await run("check", path.join(BROKEN, "not-yaml.yaml"), "--format", "json");
        expect(result.code).toBe(1);
        expect(json(result).findings.every((f) => f.rule === "yaml-syntax" && typeof f.line === "number")).toBe(true);
    });

    it("applies --environment over the stack's", async () => {
        const dev = await run("check", path.join(ROOT, "examples/hospital-imaging.yaml"), "--stack", "dev", "--format", "json");
        const prod = await run("check", path.join(ROOT, "examples/hospital-imaging.yaml"), "--stack", "dev", "--environment", "production", "--format", "json");
        expect(dev.code).toBe(0);
        expect(prod.code).toBe(1);
        expect(json(prod).findings.map((f) => f.rule)).toContain("callback-localhost-in-production");
    });

    it("takes --var values over the stack's", async () => {
        const result = await run("check", path.join(BROKEN, "misspelt.yaml"), "--var", "origin=https://x.example.com", "--format", "json");
        expect(json(result).findings.map((f) => f.rule)).not.toContain("undefined-variable");
    });

    describe("usage errors exit 2 with one sentence on stderr", () => {
        it.each([
            ["a missing file", ["check", "no-such-topology.yaml"], /^topology: no-such-topology\.yaml does not exist; /],
            ["a missing stack file", ["check", path.join(BROKEN, "misspelt.yaml"), "--stack", "qa"], /Pulumi\.qa\.yaml does not exist/],
            ["an unknown flag", ["check", "--colour"], /unknown option '--colour'/],
            ["a malformed --var", ["check", "--var", "origin"], /write it as name=value, not 'origin'/],
            ["a bad variable name", ["check", "--var", "my origin=x"], /'my origin' is not a variable name/],
            ["a bad --environment", ["check", "--environment", "staging"], /Allowed choices are production, development/],
            ["a bad --format", ["check", "--format", "xml"], /Allowed choices are text, json/],
        ])("%s", async (_name, argv, message) => {
            const result = await run(...argv);
            expect(result.code).toBe(2);
            expect(result.stdout).toBe("");
            expect(result.stderr).toMatch(message);
        });
    });

    it("answers --help with the usage and examples (exit 0)", async () => {
        const result = await run("check", "--help");
        expect(result.code).toBe(0);
        expect(result.stdout).toContain("Usage: topology check [options] [file]");
        expect(result.stdout).toContain("--var <name=value>");
        expect(result.stdout).toContain("$ topology check --stack prod");
    });

    it.each([[[]], [["check"]], [["plan"]], [["diff"]], [["graph"]], [["config"]], [["rules"]]])("answers %j --help with examples and exit codes", async (command) => {
        const result = await run(...command, "--help");
        expect(result.code).toBe(0);
        expect(result.stdout).toMatch(/\nExamples:\n {2}\$ topology /);
        expect(result.stdout).toMatch(/\nExit codes: 0 /);
        if (command[0] !== "rules") expect(result.stdout).toContain("Without --stack, Pulumi.dev.yaml is used");
    });

    it("leaves no exit code behind for the next in-process run", async () => {
        await run("check", path.join(BROKEN, "misspelt.yaml"));
        expect(process.exitCode).toBeUndefined();
    });
});
