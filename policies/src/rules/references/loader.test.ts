import { rulesById } from "..";
import { schema, undefinedVariable, yamlSyntax } from "./loader";

describe("loader rule ids", () => {
    it.each([schema, yamlSyntax, undefinedVariable].map((r) => [r.meta.id, r] as const))("%s is in the catalog and cannot be waived", (id, rule) => {
        expect(rulesById.get(id)).toBe(rule);
        expect(rule.meta.waivable).toBe(false);
        expect(rule.check({ environment: "development", plan: "free", maxAudiences: 4, apis: [], clients: [], grants: [], roles: [], waivers: [] })).toEqual([]);
    });
});
