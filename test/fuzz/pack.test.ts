// The policy pack on hostile stacks: malformed resources (missing properties, wrong types, unknowns
// everywhere) give diagnostics and findings, never an exception, in-process and over gRPC.
import * as path from "node:path";
import fc from "fast-check";
import { analyzeResources } from "../../policies/src/pack/analysis";
import { unreadResources } from "../pack/pack-build";
import { readResources } from "../../policies/src/pack/from-resources";
import { UNKNOWN, type PackResource } from "../../policies/src/pack/resource";
import { openPack } from "../../topology/analyzer";
import type { StackResource } from "../../topology/analyzer";
import { coherentStack } from "../pack/stacks";
import { fuzzRuns } from "../support/fuzz-runs";
import { hostileStack, propValue } from "./resources";

describe("reading hostile resources", () => {
    it("rebuilds a model from any stack of malformed resources, with diagnostics on their own URNs", () => {
        fc.assert(
            fc.property(hostileStack, (stack) => {
                const { model, diagnostics } = readResources(stack);
                const urns = new Set(stack.map((r) => r.urn));
                expect(diagnostics.every((d) => urns.has(d.urn) && d.message.length > 0)).toBe(true);
                expect(model.apis.some((a) => a.kind === "management")).toBe(true);
            }),
            fuzzRuns(300),
        );
    });

    it("runs every rule over the model of any malformed stack without a rule failing", () => {
        fc.assert(
            fc.property(hostileStack, (stack) => {
                const { findings } = analyzeResources(stack);
                expect(findings.filter((f) => f.message.includes("failed on this model"))).toEqual([]);
            }),
            fuzzRuns(200),
        );
    });

    /** A coherent stack with one property of one resource replaced by anything (or removed). */
    const mutatedStack = fc
        .record({
            index: fc.nat(),
            prop: fc.nat(),
            value: fc.oneof(propValue, fc.constant(undefined)),
        })
        .map(({ index, prop, value }) => {
            const stack = coherentStack() as PackResource[];
            const target = stack[index % stack.length]!;
            const keys = Object.keys(target.props);
            const key = keys[prop % keys.length]!;
            const props = { ...target.props };
            if (value === undefined) delete props[key];
            else props[key] = value;
            stack[index % stack.length] = { ...target, props };
            return { stack, urn: target.urn, key };
        });

    it("reads a coherent stack with any one property broken, reporting problems only on that resource or what depends on it", () => {
        fc.assert(
            fc.property(mutatedStack, ({ stack, urn }) => {
                const { diagnostics } = readResources(stack);
                const dependsOnBroken = (r: PackResource) => Object.values(r.propertyDependencies).some((urns) => urns.includes(urn));
                const concerned = new Set([urn, ...stack.filter(dependsOnBroken).map((r) => r.urn)]);
                expect(diagnostics.filter((d) => !concerned.has(d.urn))).toEqual([]);
            }),
            fuzzRuns(300),
        );
    });
});

describe("the analyzer over gRPC", () => {
    it("answers AnalyzeStack on malformed resources with diagnostics under the model policy", async () => {
        const sample = fc.sample(hostileStack, { seed: 5, numRuns: 20 }).flat();
        // URNs must be unique in a stack, as the engine guarantees.
        const resources: StackResource[] = sample.map((r, i) => ({ urn: `${r.urn}-${i}`, type: r.type, name: r.name, props: r.props, propertyDependencies: r.propertyDependencies }));
        const withUnknowns = resources.map((r) => ({ ...r, props: { ...r.props, clientId: UNKNOWN } }));
        const pack = await openPack({ packDir: path.join(__dirname, "../../policies") });
        try {
            const violations = await pack.analyze([...coherentStack(), ...withUnknowns]);
            expect(unreadResources(violations).length).toBeGreaterThan(0);
            expect(violations.filter((v) => /can't run policy|failed on this model/.test(v.message))).toEqual([]);
        } finally {
            pack.close();
        }
    });
});
