// A table-driven tester for rules, in the manner of ESLint's RuleTester: each valid case must
// produce no finding of the rule, each invalid case exactly the listed findings.
import type { TenantModel } from "../model";
import type { Rule, Severity } from "../rule";
import { runRules } from "../run";

export interface ValidCase {
    name: string;
    model: TenantModel;
}

export interface ExpectedFinding {
    path: string;
    severity?: Severity;
    /** A fragment the message must contain. */
    message?: string | RegExp;
    /** The resource the finding must name (models rebuilt from a stack). */
    urn?: string;
}

export interface InvalidCase extends ValidCase {
    findings: ExpectedFinding[];
}

export function testRule(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
    const findingsOf = (model: TenantModel) => runRules({ ...model, waivers: [] }, [rule]).filter((f) => f.rule === rule.meta.id);

    describe(rule.meta.id, () => {
        it("has complete metadata", () => {
            expect(rule.meta.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
            expect(rule.meta.description.length).toBeGreaterThan(10);
            expect(rule.meta.docs).toMatch(/^https:\/\//);
        });
        it("has passing and failing cases", () => {
            expect(cases.valid.length).toBeGreaterThan(0);
            expect(cases.invalid.length).toBeGreaterThan(0);
        });
        describe("valid", () => {
            it.each(cases.valid.map((c) => [c.name, c] as const))("%s", (_name, c) => {
                expect(findingsOf(c.model)).toEqual([]);
            });
        });
        describe("invalid", () => {
            it.each(cases.invalid.map((c) => [c.name, c] as const))("%s", (_name, c) => {
                const actual = findingsOf(c.model);
                expect(actual.map((f) => f.path).sort()).toEqual(c.findings.map((f) => f.path).sort());
                for (const expected of c.findings) {
                    const match = actual.find(
                        (f) =>
                            f.path === expected.path &&
                            (expected.severity === undefined || f.severity === expected.severity) &&
                            (expected.urn === undefined || f.urn === expected.urn) &&
                            (expected.message === undefined ||
                                (typeof expected.message === "string" ? f.message.includes(expected.message) : expected.message.test(f.message))),
                    );
                    expect({ expected, match: match !== undefined, actual }).toMatchObject({ match: true });
                }
            });
        });
    });
}
