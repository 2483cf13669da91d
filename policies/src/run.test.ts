import { defineRule, type Rule } from "./rule";
import { runRules, summarize, waiverCovers } from "./run";
import { api, tenant } from "./testing/factory";

// A rule that reports every API, so the runner's behaviour can be observed in isolation.
const everyApi = (over: Partial<Rule["meta"]> = {}): Rule =>
    defineRule({
        meta: { id: "every-api", severity: "warning", description: "reports each API", docs: "https://example.com/every-api", ...over },
        check: (model) => model.apis.map((a) => ({ source: a.source, message: `api ${a.key}` })),
    });

const twoApis = tenant({ apis: [api("catalog"), api("orders")] });
const waiver = (rule: string, target: string) => ({ rule, target, reason: "accepted in ADR-7", source: { path: "waivers.0", line: 40 } });

describe("runRules", () => {
    it("uses the default level on development stacks and the production level on production stacks", () => {
        const rule = everyApi({ production: "error" });
        expect(runRules(twoApis, [rule]).map((f) => f.severity)).toEqual(["warning", "warning"]);
        expect(runRules({ ...twoApis, environment: "production" }, [rule]).map((f) => f.severity)).toEqual(["error", "error"]);
    });

    it("drops findings of a rule whose level is off, and honours caller overrides", () => {
        expect(runRules(twoApis, [everyApi({ severity: "off" })])).toEqual([]);
        expect(runRules(twoApis, [everyApi()], { levels: { "every-api": "info" } }).map((f) => f.severity)).toEqual(["info", "info"]);
    });

    it("marks waived findings without hiding them, and does not count them", () => {
        const findings = runRules({ ...twoApis, waivers: [waiver("every-api", "apis.catalog")] }, [everyApi({ severity: "error" })]);
        expect(findings.find((f) => f.path === "apis.catalog")?.waived).toEqual({ reason: "accepted in ADR-7" });
        expect(findings.find((f) => f.path === "apis.orders")?.waived).toBeUndefined();
        expect(summarize(findings)).toEqual({ errors: 1, warnings: 0, infos: 0 });
    });

    it("reports waivers that match nothing, name no rule, or waive an unwaivable rule", () => {
        const model = {
            ...twoApis,
            waivers: [waiver("every-api", "apis.billing"), waiver("no-such-rule", "apis.catalog"), waiver("strict", "apis.catalog")],
        };
        const strict = defineRule({ ...everyApi({ id: "strict", severity: "error", waivable: false }) });
        const findings = runRules(model, [everyApi(), strict]).filter((f) => f.rule === "unused-waiver");
        expect(findings).toHaveLength(3);
        expect(findings.map((f) => f.message)).toEqual(
            expect.arrayContaining([
                expect.stringContaining("matches no finding"),
                expect.stringContaining("does not exist"),
                expect.stringContaining("cannot be waived"),
            ]),
        );
        expect(runRules(model, [everyApi(), strict]).filter((f) => f.rule === "strict" && f.waived)).toEqual([]);
    });

    it("turns a rule that throws into an error finding instead of aborting the run", () => {
        const broken = defineRule({ meta: everyApi({ id: "broken" }).meta, check: () => { throw new Error("boom"); } });
        const findings = runRules(twoApis, [broken, everyApi()]);
        expect(findings.filter((f) => f.rule === "broken")).toEqual([expect.objectContaining({ severity: "error", message: expect.stringContaining("boom") })]);
        expect(findings.filter((f) => f.rule === "every-api")).toHaveLength(2);
    });
});

describe("waiverCovers", () => {
    it.each([
        ["apis.catalog", "apis.catalog", true],
        ["apis.catalog", "apis.catalog.scopes.read", true],
        ["apis.catalog", "apis.catalogue", false],
        ["apps.web", "apis.web", false],
    ])("target %s covers %s: %s", (target, path, expected) => {
        expect(waiverCovers({ rule: "r", target }, { rule: "r", path })).toBe(expected);
    });
});
